package org.treatysearch.search;

import java.util.List;

/**
 * How a query was read ({@code search --explain}): the tree in plain words, each positive word's
 * count of matching passages and footnotes (with the word in their text, and anywhere: text,
 * headings or title), and the number of hits of the whole query.
 */
public record QueryExplanation(String reading, List<WordCount> words, long hits) {
  public QueryExplanation {
    words = List.copyOf(words);
  }

  /**
   * One positive word: {@code inText} passages contain it, {@code anywhere} match it with headings
   * and title too; {@code variant}: a variant name the word was expanded to, not typed.
   */
  public record WordCount(String word, long inText, long anywhere, boolean variant) {}

  /** The typed words no passage text contains: the ones that left the query empty. */
  public List<String> foundNowhere() {
    return words.stream().filter(w -> w.inText() == 0 && !w.variant()).map(WordCount::word).toList();
  }
}
