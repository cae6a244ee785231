package org.treatysearch.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the final {@link WikiLink}s off cleaned {@link RichText}: start/end are code-point offsets
 * of the link's cells in the display text (white space at the link's edges excluded).
 *
 * <p>Swallowed-text repair: the converter sometimes let a link's text run on past the page title
 * ({@code [美國鑑於在](…/美國 …)}). When the link text starts with the whole target title and is
 * longer, the link is cut back to the title; the rest stays as plain text. Titles are compared
 * after folding Latin case (Wikipedia titles are case-insensitive in the first letter and the
 * corpus mixes cases) and {@code _}/space; nothing else is folded, so "exact" is the baseline.
 */
final class LinkSpans {
  private LinkSpans() {}

  static List<WikiLink> of(RichText t, List<InlineCollector.PendingLink> pending) {
    int n = pending.size();
    if (n == 0) {
      return List.of();
    }
    int[] start = new int[n];
    int[] end = new int[n];
    java.util.Arrays.fill(start, -1);
    int[] visible = new int[t.size() + 1]; // visible code points before cell i
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      visible[i + 1] = visible[i] + (RichText.isVisible(t.cp(i)) ? 1 : 0);
      if (RichText.isVisible(t.cp(i))) {
        text.appendCodePoint(t.cp(i));
      }
      int o = t.owner(i);
      if (o >= 0 && o < n) {
        if (start[o] < 0) {
          start[o] = visible[i];
        }
        end[o] = visible[i + 1];
      }
    }
    int[] cps = text.codePoints().toArray();
    List<WikiLink> links = new ArrayList<>(n);
    for (int id = 0; id < n; id++) {
      if (start[id] < 0) {
        continue; // its text and anchor were trimmed away with the surrounding white space
      }
      int s = start[id];
      int e = Math.max(s, end[id]);
      while (s < e && CjkText.isSpace(cps[s])) {
        s++;
      }
      while (e > s && CjkText.isSpace(cps[e - 1])) {
        e--;
      }
      WikiTarget target = pending.get(id).target();
      e = repairSwallowed(cps, s, e, target.title());
      links.add(new WikiLink(target.title(), target.anchor(), new String(cps, s, e - s),
          target.kind() == WikiTarget.Kind.INTERNAL, s, e));
    }
    return links;
  }

  private static int repairSwallowed(int[] cps, int s, int e, String title) {
    int[] t = title.codePoints().toArray();
    if (t.length == 0 || e - s <= t.length) {
      return e;
    }
    for (int k = 0; k < t.length; k++) {
      if (fold(cps[s + k]) != fold(t[k])) {
        return e;
      }
    }
    return s + t.length;
  }

  private static int fold(int cp) {
    return cp == '_' ? ' ' : Character.toLowerCase(cp);
  }
}
