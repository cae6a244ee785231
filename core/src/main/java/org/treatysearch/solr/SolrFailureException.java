package org.treatysearch.solr;

import java.io.IOException;

/**
 * A Solr collection could not answer: the facts (which URL, what went wrong, Solr's own words);
 * the CLI words them.
 */
public final class SolrFailureException extends IOException {
  /** What went wrong. */
  public enum Failure {
    /** The URL is not a Solr collection URL (http[s]://host:port/solr/COLLECTION). */
    BAD_URL,
    /** No answer: connection refused, timeout, unknown host. */
    UNREACHABLE,
    /** Solr answered with an error status (no such collection, a shard down, a bad request). */
    REJECTED
  }

  private final String url;
  private final Failure failure;
  private final int status;
  private final String detail;

  public SolrFailureException(String url, Failure failure, int status, String detail, Throwable cause) {
    super(failure + " " + url + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + detail, cause);
    this.url = url;
    this.failure = failure;
    this.status = status;
    this.detail = detail;
  }

  public String url() {
    return url;
  }

  public Failure failure() {
    return failure;
  }

  /** Solr's HTTP status, 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** The underlying reason, one line. */
  public String detail() {
    return detail;
  }
}
