package org.treatysearch.solrplugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * One of the engine's analyzers ({@link org.treatysearch.analysis.ChineseAnalyzers}) under a
 * class name a Solr schema can name ({@code <analyzer class="…"/>}): the schema then analyzes
 * with the very chains the embedded index uses, not a re-composition of factories that could
 * drift from them.
 */
abstract class EngineAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer engine;

  EngineAnalyzer(Analyzer engine) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.engine = engine;
  }

  @Override
  protected final Analyzer getWrappedAnalyzer(String fieldName) {
    return engine;
  }
}
