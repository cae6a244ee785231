package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.ObjLongConsumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.treatysearch.index.IndexFields;

/**
 * Whole-index frequencies of the smartcn words of every passage and footnote text, read from the
 * index statistics of the {@code text.words} field (built by the same analyzer the study commands
 * run over matching passages, so the two counts agree).
 */
public final class WordStatistics {
  static final String FIELD = IndexFields.TEXT + IndexFields.WORDS;

  private final IndexReader reader;
  private final IndexDamage damage;

  WordStatistics(IndexReader reader, IndexDamage damage) {
    this.reader = reader;
    this.damage = damage;
  }

  /** Occurrences of {@code word} (folded, lowercased, as the analyzer emits it) in the whole index. */
  public long frequency(String word) throws IOException {
    try {
      return reader.totalTermFreq(new Term(FIELD, word));
    } catch (IOException | RuntimeException e) {
      throw damage.orRethrow(e);
    }
  }

  /** Number of words in the whole index. */
  public long total() throws IOException {
    try {
      return Math.max(0, reader.getSumTotalTermFreq(FIELD));
    } catch (IOException | RuntimeException e) {
      throw damage.orRethrow(e);
    }
  }

  /** The {@code n} most frequent words, most frequent first (ties: code point order), to {@code sink}. */
  public void top(int n, ObjLongConsumer<String> sink) throws IOException {
    record Entry(String word, long count) {}
    Comparator<Entry> worstFirst = Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::word).reversed();
    PriorityQueue<Entry> best = new PriorityQueue<>(worstFirst);
    try {
      Terms terms = MultiTerms.getTerms(reader, FIELD);
      if (terms != null) {
        TermsEnum it = terms.iterator();
        for (BytesRef term = it.next(); term != null; term = it.next()) {
          long count = it.totalTermFreq();
          if (best.size() < n || count > best.peek().count()) {
            best.add(new Entry(term.utf8ToString(), count));
            if (best.size() > n) {
              best.poll();
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      throw damage.orRethrow(e);
    }
    List<Entry> sorted = new ArrayList<>(best);
    sorted.sort(worstFirst.reversed());
    for (Entry e : sorted) {
      sink.accept(e.word(), e.count());
    }
  }
}
