package org.treatysearch.solrplugin;

import org.treatysearch.analysis.ChineseAnalyzers;

/** Query side of the grams fields: bigrams only, so a word is a phrase of bigrams. */
public final class GramsQueryAnalyzer extends EngineAnalyzer {
  public GramsQueryAnalyzer() {
    super(ChineseAnalyzers.gramsQuery());
  }
}
