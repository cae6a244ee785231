package org.treatysearch.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.treatysearch.study.KwicLine;

/**
 * Concordance lines. jsonl: {@code id, article, title, section, left, match, right, start, end};
 * tsv (no header) and csv (RFC 4180, header row): the same columns, the section joined with
 * {@code " > "}. text: the left context right-aligned and the right context left-aligned in
 * columns as wide as {@code width} CJK characters, so the matches line up; the match in colour,
 * the passage id at the end.
 */
public final class KwicPrinters {
  static final String[] COLUMNS = {"id", "article", "title", "section", "left", "match", "right", "start", "end"};

  private KwicPrinters() {}

  /** @param width the context's length in code points (the text columns are twice as wide) */
  public static RowSink<KwicLine> create(HitFormat format, Writer out, boolean color, int width) {
    return switch (format) {
      case JSONL -> jsonl(out);
      case TSV -> l -> {
        out.write(TsvPrinter.escape(l.id()) + '\t' + TsvPrinter.escape(l.article()) + '\t' + TsvPrinter.escape(l.title())
            + '\t' + TsvPrinter.escape(String.join(" > ", l.section())) + '\t' + TsvPrinter.escape(l.left())
            + '\t' + TsvPrinter.escape(l.match()) + '\t' + TsvPrinter.escape(l.right()) + '\t' + l.start() + '\t' + l.end() + '\n');
      };
      case CSV -> csv(out);
      default -> text(out, color, 2 * width);
    };
  }

  private static RowSink<KwicLine> text(Writer out, boolean color, int columns) {
    return l -> {
      String left = oneLine(l.left());
      String right = oneLine(l.right());
      String match = oneLine(l.match());
      out.write(" ".repeat(Math.max(0, columns - DisplayWidth.of(left))) + left + ' '
          + (color ? Ansi.MATCH + match + Ansi.RESET : match) + ' '
          + DisplayWidth.pad(right, columns) + "  " + (color ? Ansi.ID + l.id() + Ansi.RESET : l.id()) + '\n');
    };
  }

  /** Line breaks and tabs inside a passage become spaces: one occurrence, one line. */
  static String oneLine(String s) {
    return s.replace('\n', ' ').replace('\t', ' ').replace('\r', ' ');
  }

  private static RowSink<KwicLine> jsonl(Writer out) {
    return JsonRows.of(out, (gen, l) -> {
      gen.writeStringField("id", l.id());
      gen.writeStringField("article", l.article());
      gen.writeStringField("title", l.title());
      Json.stringArray(gen, "section", l.section());
      gen.writeStringField("left", l.left());
      gen.writeStringField("match", l.match());
      gen.writeStringField("right", l.right());
      gen.writeNumberField("start", l.start());
      gen.writeNumberField("end", l.end());
    });
  }

  private static RowSink<KwicLine> csv(Writer out) {
    CSVPrinter csv;
    try {
      csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return l -> csv.printRecord(l.id(), l.article(), l.title(), String.join(" > ", l.section()),
        l.left(), l.match(), l.right(), l.start(), l.end());
  }
}
