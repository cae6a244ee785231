package org.treatysearch.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/**
 * Base for every analyzer here: the Traditional→Simplified fold runs in front of the tokenizer,
 * both for full analysis and for {@link Analyzer#normalize} (used by the query parser for
 * wildcard, prefix and fuzzy terms), so all fields and query forms see folded text.
 */
abstract class FoldingAnalyzer extends Analyzer {
  /** Keeps phrases from matching across two values of a multi-valued field (e.g. headings). */
  private static final int POSITION_INCREMENT_GAP = 100;

  @Override
  protected final Reader initReader(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(reader);
  }

  @Override
  protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new TraditionalToSimplifiedCharFilter(reader);
  }

  @Override
  public int getPositionIncrementGap(String fieldName) {
    return POSITION_INCREMENT_GAP;
  }
}
