package org.treatysearch.index;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.treatysearch.analysis.ChineseAnalyzers;

/** Per-field analysis for writing and for parsing queries against {@link IndexFields}. */
public final class IndexAnalyzers {
  private IndexAnalyzers() {}

  /** Index side: grams fields emit unigrams and bigrams. */
  public static Analyzer forIndexing() {
    return perField(ChineseAnalyzers.gramsIndex());
  }

  /** Query side: grams fields emit bigrams only, so a word becomes a phrase of overlapping bigrams. */
  public static Analyzer forQueries() {
    return perField(ChineseAnalyzers.gramsQuery());
  }

  private static Analyzer perField(Analyzer grams) {
    Analyzer words = ChineseAnalyzers.words();
    return new PerFieldAnalyzerWrapper(
        ChineseAnalyzers.keyword(),
        Map.of(
            IndexFields.TEXT, grams,
            IndexFields.SECTION, grams,
            IndexFields.TITLE, grams,
            IndexFields.TEXT + IndexFields.WORDS, words));
  }
}
