package org.treatysearch.study;

import java.util.List;

/**
 * One article (or section) with at least one match: {@code passages} that match, {@code matches}
 * (occurrences in passage text), {@code chars} (code points of its passage and footnote texts),
 * and {@code strip}: the matches counted in {@link Distribution#STRIP_CELLS} equal stretches of the
 * article's text, in order (where in the article they fall).
 */
public record DistRow(
    String article, String title, List<String> section, long passages, long matches, long chars, int[] strip) {

  public DistRow {
    section = List.copyOf(section);
    strip = strip.clone();
  }

  /** Matches per 10,000 characters. */
  public double per10k() {
    return chars == 0 ? 0 : matches * 10_000.0 / chars;
  }

  @Override
  public int[] strip() {
    return strip.clone();
  }
}
