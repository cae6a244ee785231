package org.treatysearch.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --solr URL}: a Solr collection (the treaty configset) instead of the local index. */
final class SolrOption {
  static final String ENV = "TREATY_SOLR";

  @Option(names = "--solr", paramLabel = "URL",
      description = "Use the Solr collection at URL (http://HOST:PORT/solr/COLLECTION) instead of the local index.")
  String url;

  /** The option, else {@code $TREATY_SOLR} when {@code fromEnv}; null for the local index. */
  String url(Map<String, String> env, boolean fromEnv) {
    if (url != null) {
      return url;
    }
    String set = fromEnv ? env.get(ENV) : null;
    return set == null || set.isBlank() ? null : set;
  }
}
