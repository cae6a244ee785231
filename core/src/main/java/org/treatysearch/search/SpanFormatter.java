package org.treatysearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats the UnifiedHighlighter's match offsets as code-point spans instead of marked-up text.
 * A word is a phrase of overlapping bigrams (雅爾 爾塔 塔會 會議), so overlapping matches are merged
 * into one span; touching matches of different words stay separate.
 */
final class SpanFormatter extends PassageFormatter {

  @Override
  public Object format(Passage[] passages, String content) {
    List<int[]> utf16 = new ArrayList<>();
    for (Passage p : passages) {
      for (int i = 0; i < p.getNumMatches(); i++) {
        utf16.add(new int[] {p.getMatchStarts()[i], p.getMatchEnds()[i]});
      }
    }
    utf16.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<Hit.Span> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (int[] m : utf16) {
      if (start >= 0 && m[0] < end) {
        end = Math.max(end, m[1]);
        continue;
      }
      if (start >= 0) {
        spans.add(toCodePoints(content, start, end));
      }
      start = m[0];
      end = m[1];
    }
    if (start >= 0) {
      spans.add(toCodePoints(content, start, end));
    }
    return spans;
  }

  private static Hit.Span toCodePoints(String text, int start, int end) {
    int s = text.codePointCount(0, start);
    return new Hit.Span(s, s + text.codePointCount(start, end));
  }
}
