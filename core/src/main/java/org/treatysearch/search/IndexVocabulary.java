package org.treatysearch.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.treatysearch.analysis.Folding;
import org.treatysearch.index.IndexFields;

/**
 * The smartcn words of the index, used to find the words of a query without running smartcn on
 * it: loading smartcn's dictionaries costs a cold start 150-700 ms, while the index already holds
 * every word smartcn made of the corpus. A query word is split greedily into the longest words
 * that the index knows; pieces it does not know are left to the character-gram match.
 */
final class IndexVocabulary {
  /** smartcn's longest dictionary words are short; longer pieces are not looked up. */
  private static final int MAX_WORD = 8;
  /**
   * Query words longer than this are not split: up to {@link #MAX_WORD} term lookups per
   * character made a 10,000-character word cost over 2 s.
   */
  private static final int MAX_SPLIT = 64;
  /**
   * Lookups remembered at most: every query word memoises up to 8 lookups per character, so 100k
   * hostile queries in one searcher (a batch) grew the memo past 6 GB of heap.
   */
  private static final int MAX_REMEMBERED = 100_000;

  private final IndexReader reader;
  private final String field = IndexFields.TEXT + IndexFields.WORDS;
  private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

  IndexVocabulary(IndexReader reader) {
    this.reader = reader;
  }

  /** The indexed words that make up {@code word}, left to right, longest first. */
  List<String> words(String word) {
    if (word.length() > MAX_SPLIT) {
      return List.of(); // no real word is this long: ranked by its character grams alone
    }
    String text = Folding.fold(word).toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int len = Math.min(MAX_WORD, text.length() - i);
      while (len > 0 && !isWord(text.substring(i, i + len))) {
        len--;
      }
      if (len == 0) {
        i++; // a character no word starts with (punctuation, a stop word): skip it
      } else {
        out.add(text.substring(i, i + len));
        i += len;
      }
    }
    return out;
  }

  private boolean isWord(String term) {
    if (known.size() > MAX_REMEMBERED) {
      known.clear(); // a long batch of varied queries must not grow the memo without end
    }
    return known.computeIfAbsent(term, this::lookUp);
  }

  private boolean lookUp(String term) {
    BytesRef bytes = new BytesRef(term);
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        Terms terms = leaf.reader().terms(field);
        if (terms != null) {
          TermsEnum te = terms.iterator();
          if (te.seekExact(bytes)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
