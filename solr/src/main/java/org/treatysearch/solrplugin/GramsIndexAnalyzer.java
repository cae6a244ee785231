package org.treatysearch.solrplugin;

import org.treatysearch.analysis.ChineseAnalyzers;

/** Index side of the grams fields (text, section, title): Han unigrams and bigrams. */
public final class GramsIndexAnalyzer extends EngineAnalyzer {
  public GramsIndexAnalyzer() {
    super(ChineseAnalyzers.gramsIndex());
  }
}
