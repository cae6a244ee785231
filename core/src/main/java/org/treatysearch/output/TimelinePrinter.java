package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Prints timeline entries. {@code jsonl}: the jsonl hit keys with {@code date} and
 * {@code expression} first; {@code tsv}: date, expression, then the hit's tsv fields (id, title,
 * section, score, text); {@code text}: one line per entry (date, the expression, id, where) with
 * the passage text indented under it, then a histogram of entries per year, bars scaled so the
 * fullest year has {@value #BAR_WIDTH} blocks.
 */
public final class TimelinePrinter {
  static final int BAR_WIDTH = 40;
  /** Text output shows this many code points of a passage; --format jsonl/tsv have it whole. */
  static final int SNIPPET = 120;

  private TimelinePrinter() {}

  public static void print(String format, List<Timeline.Entry> entries, Writer out) throws IOException {
    switch (format) {
      case "jsonl": {
        JsonlPrinter jsonl = new JsonlPrinter(out);
        for (Timeline.Entry e : entries) {
          jsonl.dated(e.hit(), e.date());
        }
        break;
      }
      case "tsv": {
        TsvPrinter tsv = new TsvPrinter(out);
        for (Timeline.Entry e : entries) {
          out.write(TsvPrinter.escape(e.date().date()));
          out.write('\t');
          out.write(TsvPrinter.escape(e.date().expression()));
          out.write('\t');
          tsv.hit(e.hit(), null);
        }
        break;
      }
      case "text":
        text(entries, out);
        break;
      default:
        throw new IllegalArgumentException("unknown timeline format '" + format + "'");
    }
    out.flush();
  }

  private static void text(List<Timeline.Entry> entries, Writer out) throws IOException {
    for (Timeline.Entry e : entries) {
      String where = e.hit().section().isEmpty() ? e.hit().title()
          : e.hit().title() + " > " + String.join(" > ", e.hit().section());
      out.write(String.format("%-10s  %s  %s  %s\n", e.date().date(), e.date().expression(), e.hit().id(), where));
      out.write("            " + snippet(e.hit().text()) + "\n");
    }
    if (entries.isEmpty()) {
      return;
    }
    Map<Integer, Integer> perYear = new TreeMap<>();
    for (Timeline.Entry e : entries) {
      perYear.merge(e.year(), 1, Integer::sum);
    }
    int max = perYear.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    out.write("\nper year:\n");
    for (Map.Entry<Integer, Integer> y : perYear.entrySet()) {
      int blocks = Math.max(1, (int) Math.round((double) y.getValue() * BAR_WIDTH / max));
      out.write(String.format("%4d  %s %d\n", y.getKey(), "█".repeat(blocks), y.getValue()));
    }
  }

  private static String snippet(String text) {
    String oneLine = text.replace('\n', ' ');
    if (oneLine.codePointCount(0, oneLine.length()) <= SNIPPET) {
      return oneLine;
    }
    return oneLine.substring(0, oneLine.offsetByCodePoints(0, SNIPPET)) + "…";
  }
}
