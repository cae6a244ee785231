package org.treatysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.treatysearch.index.IndexFields;

/**
 * Lucene's UnifiedHighlighter over the whole stored text of a hit, reading offsets from the
 * postings, answering code-point spans (see {@link SpanFormatter}) rather than marked-up snippets.
 */
final class SpanHighlighter extends UnifiedHighlighter {
  private static final String[] FIELDS = {IndexFields.TEXT};
  private static final int[] ONE_PASSAGE = {1};

  SpanHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new SpanFormatter())
        .withHighlightPhrasesStrictly(true));
  }

  /** The spans of each document's text, in the order of {@code docIds}. */
  @SuppressWarnings("unchecked")
  List<Hit.Span>[] spans(Query query, int[] docIds) throws IOException {
    Object[] perDoc = highlightFieldsAsObjects(FIELDS, query, docIds, ONE_PASSAGE).get(IndexFields.TEXT);
    List<Hit.Span>[] out = new List[docIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perDoc[i] == null ? List.of() : (List<Hit.Span>) perDoc[i];
    }
    return out;
  }
}
