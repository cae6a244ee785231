package org.treatysearch.output;

import java.util.ArrayList;
import java.util.List;
import org.treatysearch.search.Hit;

/** A passage's text for the text format: cut to a snippet, wrapped and indented, matches marked. */
final class PassageText {
  /** Wrapped lines never get narrower than this, however narrow the terminal says it is. */
  private static final int MIN_LINE = 10;
  private static final String ELLIPSIS = "…";

  private PassageText() {}

  /**
   * @param style an SGR sequence each line is drawn in (context passages: dim), or null
   * @return the text as indented lines, without the final line break
   */
  static String render(String text, List<Hit.Span> spans, boolean color, String indent, String style, TextLayout layout) {
    int[] cps = text.codePoints().toArray();
    // widths only when cutting or wrapping: the East Asian Width table costs a cold start ~19 ms to load (measured)
    boolean measure = layout.maxColumns() > 0 || layout.wrapColumns() > 0;
    int[] width = new int[measure ? cps.length : 0];
    for (int i = 0; i < width.length; i++) {
      width[i] = DisplayWidth.of(new String(cps, i, 1));
    }
    int from = 0;
    int to = cps.length;
    if (layout.maxColumns() > 0 && sum(width, 0, cps.length) > layout.maxColumns()) {
      int[] cut = snippet(width, spans.isEmpty() ? 0 : firstStart(spans), layout.maxColumns());
      from = cut[0];
      to = cut[1];
    }
    List<int[]> lines = new ArrayList<>();
    int room = layout.wrapColumns() > 0 ? Math.max(MIN_LINE, layout.wrapColumns() - indent.length()) : Integer.MAX_VALUE;
    int start = from;
    int used = from > 0 ? 1 : 0; // the leading ellipsis
    for (int i = from; i < to; i++) {
      if (cps[i] == '\n') {
        lines.add(new int[] {start, i});
        start = i + 1;
        used = 0;
      } else if (!measure) {
        continue;
      } else if (used + width[i] > room) {
        lines.add(new int[] {start, i});
        start = i;
        used = width[i];
      } else {
        used += width[i];
      }
    }
    lines.add(new int[] {start, to});
    StringBuilder sb = new StringBuilder();
    for (int l = 0; l < lines.size(); l++) {
      int a = lines.get(l)[0];
      int b = lines.get(l)[1];
      String chunk = new String(cps, a, b - a);
      if (color) {
        chunk = Highlights.mark(chunk, shifted(spans, a, b), Ansi.MATCH, Ansi.RESET + (style == null ? "" : style));
      }
      if (l == 0 && from > 0) {
        chunk = ELLIPSIS + chunk;
      }
      if (l == lines.size() - 1 && to < cps.length) {
        chunk = chunk + ELLIPSIS;
      }
      sb.append(l == 0 ? "" : "\n").append(indent).append(style == null || !color ? chunk : style + chunk + Ansi.RESET);
    }
    return sb.toString();
  }

  /**
   * {@code [from, to)} of the code points to show: about a third of the room before the anchor,
   * the rest after it, moved left when the text ends first; two columns kept for the ellipses.
   */
  static int[] snippet(int[] width, int anchor, int maxColumns) {
    int room = Math.max(1, maxColumns - 2);
    int from = anchor;
    int before = 0;
    while (from > 0 && before + width[from - 1] <= room / 3) {
      before += width[--from];
    }
    int to = from;
    int used = 0;
    while (to < width.length && used + width[to] <= room) {
      used += width[to++];
    }
    while (to == width.length && from > 0 && used + width[from - 1] <= room) {
      used += width[--from];
    }
    return new int[] {from, to};
  }

  private static int firstStart(List<Hit.Span> spans) {
    int first = Integer.MAX_VALUE;
    for (Hit.Span s : spans) {
      first = Math.min(first, s.start());
    }
    return Math.max(0, first);
  }

  private static int sum(int[] w, int from, int to) {
    int s = 0;
    for (int i = from; i < to; i++) {
      s += w[i];
    }
    return s;
  }

  /** The spans inside {@code [a, b)}, clipped and counted from {@code a}. */
  private static List<Hit.Span> shifted(List<Hit.Span> spans, int a, int b) {
    List<Hit.Span> out = new ArrayList<>();
    for (Hit.Span s : spans) {
      int start = Math.max(a, s.start());
      int end = Math.min(b, s.end());
      if (start < end) {
        out.add(new Hit.Span(start - a, end - a));
      }
    }
    return out;
  }
}
