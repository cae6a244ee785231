package org.treatysearch.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.treatysearch.search.Hit;

/** Turns code-point highlight spans into char ranges of a Java string, sorted, clamped and merged. */
final class Highlights {
  private Highlights() {}

  /** @return pairs {@code [startChar, endChar)}; spans outside the text or empty are dropped */
  static List<int[]> charRanges(String text, List<Hit.Span> spans) {
    int cps = text.codePointCount(0, text.length());
    List<Hit.Span> sorted = new ArrayList<>(spans);
    sorted.sort(Comparator.comparingInt(Hit.Span::start));
    List<int[]> out = new ArrayList<>();
    for (Hit.Span s : sorted) {
      int start = Math.max(0, s.start());
      int end = Math.min(cps, s.end());
      if (start >= end) {
        continue;
      }
      int cs = text.offsetByCodePoints(0, start);
      int ce = text.offsetByCodePoints(cs, end - start);
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && cs <= last[1]) {
        last[1] = Math.max(last[1], ce);
      } else {
        out.add(new int[] {cs, ce});
      }
    }
    return out;
  }

  /** The text with each highlighted range wrapped in {@code open}/{@code close}. */
  static String mark(String text, List<Hit.Span> spans, String open, String close) {
    List<int[]> ranges = charRanges(text, spans);
    if (ranges.isEmpty()) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + ranges.size() * (open.length() + close.length()));
    int at = 0;
    for (int[] r : ranges) {
      sb.append(text, at, r[0]).append(open).append(text, r[0], r[1]).append(close);
      at = r[1];
    }
    return sb.append(text, at, text.length()).toString();
  }
}
