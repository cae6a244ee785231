package org.treatysearch.solrplugin;

import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.CharFilterFactory;
import org.treatysearch.analysis.TraditionalToSimplifiedCharFilter;

/**
 * The engine's Traditional→Simplified fold as a char filter factory, for a Solr schema's
 * analyzers: {@code <charFilter name="treatyFold"/>}. It folds for normalization too (wildcard,
 * prefix and fuzzy terms), as the engine's analyzers do.
 */
public final class FoldCharFilterFactory extends CharFilterFactory {
  /** The SPI name a schema uses. */
  public static final String NAME = "treatyFold";

  public FoldCharFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** For Lucene's SPI reload only. */
  public FoldCharFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public Reader create(Reader input) {
    return new TraditionalToSimplifiedCharFilter(input);
  }

  @Override
  public Reader normalize(Reader input) {
    return create(input);
  }
}
