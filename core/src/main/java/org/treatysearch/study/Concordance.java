package org.treatysearch.study;

import java.util.ArrayList;
import java.util.List;
import org.treatysearch.search.Hit;

/** Keyword-in-context lines: one per occurrence in a hit's passage text. */
public final class Concordance {
  private final int width;

  /** @param width code points of context on each side */
  public Concordance(int width) {
    if (width < 0) {
      throw new IllegalArgumentException("width must not be negative: " + width);
    }
    this.width = width;
  }

  public List<KwicLine> lines(Hit hit) {
    List<Hit.Span> spans = Occurrences.of(hit);
    if (spans.isEmpty()) {
      return List.of();
    }
    int[] cps = hit.text().codePoints().toArray();
    List<KwicLine> out = new ArrayList<>(spans.size());
    for (Hit.Span s : spans) {
      int from = Math.max(0, s.start() - width);
      int to = Math.min(cps.length, s.end() + width);
      out.add(new KwicLine(hit.id(), hit.article(), hit.title(), hit.section(),
          new String(cps, from, s.start() - from), new String(cps, s.start(), s.end() - s.start()),
          new String(cps, s.end(), to - s.end()), s.start(), s.end()));
    }
    return out;
  }
}
