package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.treatysearch.study.DistRow;
import org.treatysearch.study.Distribution;

/**
 * Distribution rows. jsonl: {@code article, title, [section,] passages, matches, chars, per10k};
 * tsv: the same columns, no header, the section joined with {@code " > "}; both in document
 * order. text: {@link DistChart}.
 */
public final class DistPrinters {
  private DistPrinters() {}

  /** @param columns the terminal's width, for the text chart */
  public static RowSink<DistRow> create(HitFormat format, Writer out, Distribution.By by, int columns) {
    boolean sections = by == Distribution.By.SECTION;
    return switch (format) {
      case JSONL -> jsonl(out, sections);
      case TSV -> r -> out.write(TsvPrinter.escape(r.article()) + '\t' + TsvPrinter.escape(r.title()) + '\t'
          + (sections ? TsvPrinter.escape(String.join(" > ", r.section())) + '\t' : "")
          + r.passages() + '\t' + r.matches() + '\t' + r.chars() + '\t' + per10k(r) + '\n');
      default -> new DistChart(out, sections, columns);
    };
  }

  static String per10k(DistRow r) {
    return String.format(Locale.ROOT, "%.2f", r.per10k());
  }

  private static RowSink<DistRow> jsonl(Writer out, boolean sections) {
    return JsonRows.of(out, (gen, r) -> {
      gen.writeStringField("article", r.article());
      gen.writeStringField("title", r.title());
      if (sections) {
        Json.stringArray(gen, "section", r.section());
      }
      gen.writeNumberField("passages", r.passages());
      gen.writeNumberField("matches", r.matches());
      gen.writeNumberField("chars", r.chars());
      gen.writeNumberField("per10k", Math.round(r.per10k() * 100) / 100.0);
    });
  }

  /**
   * A horizontal bar chart, most matches first (ties in document order): per row its label
   * (title, › section path), a bar of eighth-blocks scaled to the largest count and the terminal
   * width, the matches and the matches per 10,000 characters; under it the dispersion strip, the
   * article's text cut into as many stretches as the bar has room for, {@code │} where one match
   * falls, {@code ┃} where more do. A last line gives the totals.
   */
  static final class DistChart implements RowSink<DistRow> {
    private static final String EIGHTHS = " ▏▎▍▌▋▊▉█";
    private static final int LABEL_MAX = 30;
    private final Writer out;
    private final boolean sections;
    private final int columns;
    private final List<DistRow> rows = new ArrayList<>();

    DistChart(Writer out, boolean sections, int columns) {
      this.out = out;
      this.sections = sections;
      this.columns = columns;
    }

    @Override
    public void row(DistRow row) {
      rows.add(row);
    }

    @Override
    public void finish() throws IOException {
      if (rows.isEmpty()) {
        return;
      }
      List<DistRow> sorted = new ArrayList<>(rows);
      sorted.sort(Comparator.comparingLong(DistRow::matches).reversed());
      long max = sorted.get(0).matches();
      int labelWidth = 0;
      for (DistRow r : sorted) {
        labelWidth = Math.max(labelWidth, DisplayWidth.of(label(r)));
      }
      labelWidth = Math.min(labelWidth, LABEL_MAX);
      String numbers = String.format(Locale.ROOT, " %7s %9s", "matches", "per 10k");
      int bar = Math.max(10, columns - labelWidth - 2 - numbers.length() - 1);
      out.write(DisplayWidth.pad("", labelWidth + 2 + bar) + numbers + '\n');
      long matches = 0;
      long passages = 0;
      for (DistRow r : sorted) {
        matches += r.matches();
        passages += r.passages();
        out.write(DisplayWidth.pad(cut(label(r), labelWidth), labelWidth) + "  " + bar(r.matches(), max, bar)
            + String.format(Locale.ROOT, " %7d %9s", r.matches(), per10k(r)) + '\n');
        out.write(" ".repeat(labelWidth) + " [" + strip(r.strip(), bar) + "]\n");
      }
      long articles = sorted.stream().map(DistRow::article).distinct().count();
      out.write(matches + (matches == 1 ? " match" : " matches") + " in " + passages
          + (passages == 1 ? " passage" : " passages") + " of " + articles + (articles == 1 ? " article" : " articles")
          + (sections ? ", " + sorted.size() + (sorted.size() == 1 ? " section" : " sections") : "") + '\n');
    }

    private String label(DistRow r) {
      StringBuilder sb = new StringBuilder(KwicPrinters.oneLine(r.title()));
      if (sections) {
        for (String h : r.section()) {
          sb.append(" › ").append(KwicPrinters.oneLine(h));
        }
      }
      return sb.toString();
    }

    static String cut(String s, int width) {
      if (DisplayWidth.of(s) <= width) {
        return s;
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < s.length(); ) {
        int cp = s.codePointAt(i);
        String next = new String(Character.toChars(cp));
        if (DisplayWidth.of(sb.toString()) + DisplayWidth.of(next) > width - 1) {
          break;
        }
        sb.append(next);
        i += Character.charCount(cp);
      }
      return sb.append('…').toString();
    }

    static String bar(long value, long max, int width) {
      long eighths = max == 0 ? 0 : Math.round((double) value * width * 8 / max);
      eighths = Math.max(eighths, value > 0 ? 1 : 0);
      StringBuilder sb = new StringBuilder();
      sb.append("█".repeat((int) (eighths / 8)));
      if (eighths % 8 != 0) {
        sb.append(EIGHTHS.charAt((int) (eighths % 8)));
      }
      return sb.append(" ".repeat(width - sb.length())).toString();
    }

    static String strip(int[] cells, int width) {
      StringBuilder sb = new StringBuilder(width);
      for (int c = 0; c < width; c++) {
        int from = c * cells.length / width;
        int to = Math.max(from + 1, (c + 1) * cells.length / width);
        int n = 0;
        for (int i = from; i < to && i < cells.length; i++) {
          n += cells[i];
        }
        sb.append(n == 0 ? ' ' : n == 1 ? '│' : '┃');
      }
      return sb.toString();
    }
  }
}
