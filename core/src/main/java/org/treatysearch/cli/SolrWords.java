package org.treatysearch.cli;

import org.treatysearch.solr.SolrFailureException;

/** The sentences for a Solr collection that could not answer. */
final class SolrWords {
  private SolrWords() {}

  static String describe(SolrFailureException e) {
    return switch (e.failure()) {
      case BAD_URL -> "not a Solr collection URL: " + e.url() + " (" + e.detail() + ")";
      case UNREACHABLE -> "cannot reach Solr at " + e.url() + ": " + e.detail();
      case REJECTED -> "Solr at " + e.url() + " could not answer" + (e.status() > 0 ? " (HTTP " + e.status() + ")" : "")
          + ": " + e.detail();
    };
  }
}
