package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.treatysearch.index.IndexFields;

/**
 * Highlights from Lucene's Matches API over the offsets stored in the text postings: each
 * top-level match of the text-only highlight query (see {@link HitQueries}) is one span, exactly
 * as the query found it — a word, a phrase, a wildcard run ({@code 雅?塔} → 雅尔塔), a proximity
 * window from its first word to its last.
 *
 * <p>Why not the UnifiedHighlighter, which the first version used: in its weight-matches mode it
 * splits every match into its sub-matches, so {@code 雅?塔} lit 雅 and 塔 but not the character
 * between, and a proximity match lit each character alone; without weight matches it lights
 * every occurrence of the terms, matched or not. The Matches API is the part of it we need.
 */
final class SpanHighlighter {
  private final IndexSearcher searcher;

  SpanHighlighter(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The spans of each document's text, in the order of {@code docIds}.
   *
   * @param texts the stored texts of the documents, already read by the caller
   */
  List<Hit.Span>[] spans(Query highlight, int[] docIds, String[] texts) throws IOException {
    @SuppressWarnings("unchecked")
    List<Hit.Span>[] out = new List[docIds.length];
    Weight weight = searcher.createWeight(searcher.rewrite(highlight), ScoreMode.COMPLETE_NO_SCORES, 1f);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < docIds.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      Matches matches = weight.matches(leaf, docIds[i] - leaf.docBase);
      MatchesIterator it = matches == null ? null : matches.getMatches(IndexFields.TEXT);
      List<int[]> utf16 = new ArrayList<>();
      while (it != null && it.next()) {
        if (it.startOffset() >= 0) {
          utf16.add(new int[] {it.startOffset(), it.endOffset()});
        }
      }
      out[i] = merged(utf16, texts[i]);
    }
    return out;
  }

  /**
   * Overlapping matches (a word queried twice, 斯大林 and 大林) become one span; touching matches
   * of different words stay separate. Offsets become code points of the text.
   */
  static List<Hit.Span> merged(List<int[]> utf16, String text) {
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
        spans.add(toCodePoints(text, start, end));
      }
      start = m[0];
      end = m[1];
    }
    if (start >= 0) {
      spans.add(toCodePoints(text, start, end));
    }
    return spans;
  }

  private static Hit.Span toCodePoints(String text, int start, int end) {
    int s = text.codePointCount(0, start);
    return new Hit.Span(s, s + text.codePointCount(start, Math.min(end, text.length())));
  }
}
