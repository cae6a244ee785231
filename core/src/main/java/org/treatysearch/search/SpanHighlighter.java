package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
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

  /**
   * Each hit is highlighted as one passage (its whole text), so ranking passages is wasted work:
   * the default scorer builds a term hash per passage, the largest allocation of a query.
   */
  private static final PassageScorer WHOLE_TEXT = new PassageScorer() {
    @Override
    public float score(Passage passage, int contentLength) {
      return 1f;
    }
  };

  /** The texts of the documents being highlighted, already read by the caller; by doc id. */
  private final int[] docIds;
  private final String[] texts;

  /**
   * A highlighter for one batch of hits whose texts the caller has already read: the stored
   * fields are then decompressed once per hit, not once for the hit and again for its highlight.
   */
  private final FieldInfo textField;

  /**
   * @param textField the text field's FieldInfo, looked up once per searcher (the highlighter
   *     would otherwise merge the FieldInfos of every segment for each batch of hits)
   */
  SpanHighlighter(IndexSearcher searcher, Analyzer analyzer, FieldInfo textField, int[] docIds, String[] texts) {
    super(UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new SpanFormatter())
        .withHighlightPhrasesStrictly(true)
        // Weight matches would run the whole query (section, title and word clauses too) against
        // every hit; the classic mode only reads the terms and phrases of the highlighted field.
        .withWeightMatches(false)
        .withScorer(WHOLE_TEXT));
    this.textField = textField;
    this.docIds = docIds;
    this.texts = texts;
  }

  @Override
  protected FieldInfo getFieldInfo(String field) {
    return IndexFields.TEXT.equals(field) ? textField : super.getFieldInfo(field);
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold)
      throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
      int i = indexOf(doc);
      values.add(new CharSequence[] {texts[i]});
    }
    return values;
  }

  private int indexOf(int doc) {
    for (int i = 0; i < docIds.length; i++) {
      if (docIds[i] == doc) {
        return i;
      }
    }
    throw new IllegalStateException("doc " + doc + " was not read: " + Arrays.toString(docIds));
  }

  /** The spans of each document's text, in the order of {@code docIds}. */
  @SuppressWarnings("unchecked")
  List<Hit.Span>[] spans(Query query) throws IOException {
    Object[] perDoc = highlightFieldsAsObjects(FIELDS, query, docIds, ONE_PASSAGE).get(IndexFields.TEXT);
    List<Hit.Span>[] out = new List[docIds.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = perDoc[i] == null ? List.of() : (List<Hit.Span>) perDoc[i];
    }
    return out;
  }
}
