package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysearch.study.Collocate;
import org.treatysearch.study.WordCount;

/**
 * Collocates ({@code word, cooc, freq, score}) and word lists ({@code word, count}), best first.
 * jsonl: those keys; tsv: those columns, no header; text: an aligned table with a header, words
 * padded by display width.
 */
public final class WordListPrinters {
  private WordListPrinters() {}

  public static RowSink<Collocate> collocates(HitFormat format, Writer out) {
    return switch (format) {
      case JSONL -> JsonRows.of(out, (gen, c) -> {
        gen.writeStringField("word", c.word());
        gen.writeNumberField("cooc", c.cooc());
        gen.writeNumberField("freq", c.freq());
        gen.writeNumberField("score", Math.round(c.score() * 1000) / 1000.0);
      });
      case TSV -> c -> out.write(TsvPrinter.escape(c.word()) + '\t' + c.cooc() + '\t' + c.freq() + '\t' + score(c) + '\n');
      default -> new Table<>(out, new String[] {"word", "cooc", "freq", "score"},
          c -> new String[] {c.word(), Long.toString(c.cooc()), Long.toString(c.freq()), score(c)});
    };
  }

  public static RowSink<WordCount> counts(HitFormat format, Writer out) {
    return switch (format) {
      case JSONL -> JsonRows.of(out, (gen, w) -> {
        gen.writeStringField("word", w.word());
        gen.writeNumberField("count", w.count());
      });
      case TSV -> w -> out.write(TsvPrinter.escape(w.word()) + '\t' + w.count() + '\n');
      default -> new Table<>(out, new String[] {"word", "count"}, w -> new String[] {w.word(), Long.toString(w.count())});
    };
  }

  private static String score(Collocate c) {
    return String.format(Locale.ROOT, "%.3f", c.score());
  }

  /** The first column (the word) left-aligned, the numbers right-aligned, by display width. */
  private static final class Table<T> implements RowSink<T> {
    private final Writer out;
    private final String[] header;
    private final java.util.function.Function<T, String[]> cells;
    private final List<String[]> rows = new ArrayList<>();

    Table(Writer out, String[] header, java.util.function.Function<T, String[]> cells) {
      this.out = out;
      this.header = header;
      this.cells = cells;
    }

    @Override
    public void row(T row) {
      String[] c = cells.apply(row);
      c[0] = KwicPrinters.oneLine(c[0]);
      rows.add(c);
    }

    @Override
    public void finish() throws IOException {
      if (rows.isEmpty()) {
        return;
      }
      int[] widths = new int[header.length];
      for (String[] r : rows) {
        for (int i = 0; i < r.length; i++) {
          widths[i] = Math.max(widths[i], Math.max(DisplayWidth.of(r[i]), header[i].length()));
        }
      }
      write(header, widths);
      for (String[] r : rows) {
        write(r, widths);
      }
    }

    private void write(String[] r, int[] widths) throws IOException {
      StringBuilder sb = new StringBuilder(DisplayWidth.pad(r[0], widths[0]));
      for (int i = 1; i < r.length; i++) {
        sb.append("  ").append(" ".repeat(widths[i] - DisplayWidth.of(r[i]))).append(r[i]);
      }
      out.write(sb.toString().stripTrailing() + '\n');
    }
  }
}
