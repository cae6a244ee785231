package org.treatysearch.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.treatysearch.analysis.Folding;
import org.treatysearch.search.Hit;
import org.treatysearch.search.WordStatistics;

/**
 * Words within L words left and R words right of each occurrence of the query (the node), counted
 * over the hits fed in. The words are the passage text's smartcn words; a word that overlaps an
 * occurrence, or is the matched form of one, is the query's own and neither counts nor takes a
 * place in a window. Windows stay inside their passage. A word in the windows of two nearby
 * occurrences counts for each.
 */
public final class Collocates {
  private final Words words;
  private final int left;
  private final int right;
  private final Map<String, long[]> cooc = new HashMap<>();
  private long nodes;
  private long window;

  public Collocates(Words words, int left, int right) {
    this.words = words;
    this.left = left;
    this.right = right;
  }

  public void add(Hit hit) {
    List<Hit.Span> spans = Occurrences.of(hit);
    if (spans.isEmpty()) {
      return;
    }
    String text = hit.text();
    int[][] nodeChars = new int[spans.size()][];
    Set<String> own = new HashSet<>();
    for (int i = 0; i < spans.size(); i++) {
      int cs = text.offsetByCodePoints(0, spans.get(i).start());
      int ce = text.offsetByCodePoints(cs, spans.get(i).end() - spans.get(i).start());
      nodeChars[i] = new int[] {cs, ce};
      own.add(Folding.fold(text.substring(cs, ce)).toLowerCase(Locale.ROOT));
    }
    List<Words.Token> others = new ArrayList<>();
    for (Words.Token t : words.of(text)) {
      if (!own.contains(t.word()) && !overlapsAny(t, nodeChars)) {
        others.add(t);
      }
    }
    for (int[] node : nodeChars) {
      nodes++;
      int firstAfter = firstStartingAtOrAfter(others, node[1]);
      int lastBefore = firstStartingAtOrAfter(others, node[0]) - 1;
      for (int i = Math.max(0, lastBefore - left + 1); i <= lastBefore; i++) {
        count(others.get(i).word());
      }
      for (int i = firstAfter; i < Math.min(others.size(), firstAfter + right); i++) {
        count(others.get(i).word());
      }
    }
  }

  private void count(String word) {
    cooc.computeIfAbsent(word, w -> new long[1])[0]++;
    window++;
  }

  /** Occurrences of the query seen. */
  public long nodes() {
    return nodes;
  }

  /** Words counted in all windows. */
  public long windowWords() {
    return window;
  }

  /**
   * The {@code n} best collocates co-occurring at least {@code min} times, best first (ties: more
   * co-occurrences, then code point order).
   */
  public List<Collocate> ranked(WordStatistics stats, Measure measure, long min, int n) throws IOException {
    long total = stats.total();
    List<Collocate> out = new ArrayList<>();
    for (Map.Entry<String, long[]> e : cooc.entrySet()) {
      long o11 = e.getValue()[0];
      if (o11 < min) {
        continue;
      }
      long freq = Math.max(o11, stats.frequency(e.getKey()));
      out.add(new Collocate(e.getKey(), o11, freq, measure.score(o11, window, freq, total, nodes)));
    }
    out.sort(Comparator.comparingDouble(Collocate::score).reversed()
        .thenComparing(Comparator.comparingLong(Collocate::cooc).reversed())
        .thenComparing(Collocate::word, KwicSort::byCodePoint));
    return out.size() > n ? List.copyOf(out.subList(0, n)) : out;
  }

  private static boolean overlapsAny(Words.Token t, int[][] spans) {
    for (int[] s : spans) {
      if (t.start() < s[1] && s[0] < t.end()) {
        return true;
      }
    }
    return false;
  }

  /** Index of the first token starting at or after {@code at} (tokens are in text order). */
  private static int firstStartingAtOrAfter(List<Words.Token> tokens, int at) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < at) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
