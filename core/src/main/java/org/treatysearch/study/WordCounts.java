package org.treatysearch.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysearch.analysis.Folding;

/**
 * A word list: the smartcn words of the texts fed in, or with {@code ngrams > 0} their character
 * K-grams (of the folded, lowercased text, inside runs of letters and digits: a gram never spans
 * punctuation or a space). Memory grows with the number of distinct words, not with the text.
 */
public final class WordCounts {
  private final Words words;
  private final int ngrams;
  private final Map<String, long[]> counts = new HashMap<>();

  /** @param words the segmenter; may be null when {@code ngrams > 0} */
  public WordCounts(Words words, int ngrams) {
    this.words = words;
    this.ngrams = ngrams;
  }

  public void add(String text) {
    if (ngrams > 0) {
      grams(Folding.fold(text).toLowerCase(Locale.ROOT));
    } else {
      for (Words.Token t : words.of(text)) {
        add(t.word(), 1);
      }
    }
  }

  public void add(String word, long n) {
    counts.computeIfAbsent(word, w -> new long[1])[0] += n;
  }

  private void grams(String text) {
    int[] cps = text.codePoints().toArray();
    int run = 0;
    for (int i = 0; i < cps.length; i++) {
      run = Character.isLetterOrDigit(cps[i]) ? run + 1 : 0;
      if (run >= ngrams) {
        add(new String(cps, i - ngrams + 1, ngrams), 1);
      }
    }
  }

  /** The {@code n} most frequent, most frequent first (ties: code point order). */
  public List<WordCount> top(int n) {
    List<WordCount> all = new ArrayList<>(counts.size());
    for (Map.Entry<String, long[]> e : counts.entrySet()) {
      all.add(new WordCount(e.getKey(), e.getValue()[0]));
    }
    all.sort(Comparator.comparingLong(WordCount::count).reversed().thenComparing(WordCount::word, KwicSort::byCodePoint));
    return all.size() > n ? List.copyOf(all.subList(0, n)) : all;
  }
}
