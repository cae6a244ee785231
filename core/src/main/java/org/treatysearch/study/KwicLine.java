package org.treatysearch.study;

import java.util.List;

/**
 * One occurrence in a passage's text with its context: {@code left} and {@code right} are the
 * (at most) N code points before {@code start} and from {@code end}, cut at the passage's ends;
 * {@code start}/{@code end} count code points of the passage text.
 */
public record KwicLine(
    String id, String article, String title, List<String> section,
    String left, String match, String right, int start, int end) {

  public KwicLine {
    section = List.copyOf(section);
  }
}
