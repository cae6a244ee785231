package org.treatysearch.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.treatysearch.search.Hit;

/**
 * The occurrences of a hit: its highlights (one per occurrence of a query word in the passage
 * text), in text order, inside the text, duplicates dropped. A hit matched only through its title
 * or headings has none.
 */
final class Occurrences {
  private Occurrences() {}

  static List<Hit.Span> of(Hit hit) {
    if (hit.highlights().isEmpty()) {
      return List.of();
    }
    int length = hit.text().codePointCount(0, hit.text().length());
    List<Hit.Span> spans = new ArrayList<>(hit.highlights());
    spans.sort(Comparator.comparingInt(Hit.Span::start).thenComparingInt(Hit.Span::end));
    List<Hit.Span> out = new ArrayList<>(spans.size());
    for (Hit.Span s : spans) {
      if (s.start() >= 0 && s.start() < s.end() && s.end() <= length
          && (out.isEmpty() || !out.get(out.size() - 1).equals(s))) {
        out.add(s);
      }
    }
    return out;
  }
}
