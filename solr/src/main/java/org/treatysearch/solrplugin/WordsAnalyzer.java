package org.treatysearch.solrplugin;

import org.treatysearch.analysis.ChineseAnalyzers;

/** The smartcn word field (text.words), for ranking; needs Solr's analysis-extras module (smartcn). */
public final class WordsAnalyzer extends EngineAnalyzer {
  public WordsAnalyzer() {
    super(ChineseAnalyzers.words());
  }
}
