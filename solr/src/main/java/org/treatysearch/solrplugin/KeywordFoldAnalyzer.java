package org.treatysearch.solrplugin;

import org.treatysearch.analysis.ChineseAnalyzers;

/** The whole value as one folded, lowercased token (link targets). */
public final class KeywordFoldAnalyzer extends EngineAnalyzer {
  public KeywordFoldAnalyzer() {
    super(ChineseAnalyzers.keyword());
  }
}
