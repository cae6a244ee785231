package org.treatysearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.treatysearch.analysis.ChineseAnalyzers;

/** Per-field analysis for writing and for parsing queries against {@link IndexFields}. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** Index side: grams fields emit unigrams and bigrams; the word field is smartcn's. */
  public static Analyzer forIndexing() {
    Analyzer grams = ChineseAnalyzers.gramsIndex();
    return new PerFieldAnalyzerWrapper(ChineseAnalyzers.keyword(),
        Map.of(IndexFields.TEXT, grams, IndexFields.SECTION, grams, IndexFields.TITLE, grams,
            IndexFields.TEXT + IndexFields.WORDS, ChineseAnalyzers.words()));
  }

  /**
   * Query side: grams fields emit bigrams only, so a word becomes a phrase of overlapping bigrams.
   * No smartcn here: the word field is queried through the index's vocabulary instead.
   */
  public static Analyzer forQueries() {
    Analyzer grams = ChineseAnalyzers.gramsQuery();
    return new PerFieldAnalyzerWrapper(ChineseAnalyzers.keyword(),
        Map.of(IndexFields.TEXT, grams, IndexFields.SECTION, grams, IndexFields.TITLE, grams));
  }
}
