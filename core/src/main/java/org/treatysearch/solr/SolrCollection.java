package org.treatysearch.solr;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.treatysearch.solr.SolrFailureException.Failure;

/**
 * A collection URL ({@code http://host:8983/solr/treaty}) and the SolrJ client for it. Any node of
 * a SolrCloud cluster takes the requests of every collection and fans them out to the shards.
 */
final class SolrCollection implements AutoCloseable {
  /** A cluster that does not answer within this is treated as down: 10 s covers a cold start of a collection. */
  private static final Duration CONNECT = Duration.ofSeconds(10);
  private static final Duration REQUEST = Duration.ofSeconds(120);

  final String url;
  final String collection;
  final SolrClient client;

  private SolrCollection(String url, String base, String collection) {
    this.url = url;
    this.collection = collection;
    // HTTP/1.1: the JDK client's h2c upgrade on plain http costs a round trip and is refused on
    // some request bodies by Jetty
    this.client = new HttpJdkSolrClient.Builder(base)
        .withDefaultCollection(collection)
        .useHttp1_1(true)
        .withConnectionTimeout(CONNECT.toMillis(), TimeUnit.MILLISECONDS)
        .withRequestTimeout(REQUEST.toMillis(), TimeUnit.MILLISECONDS)
        .build();
  }

  /** @throws SolrFailureException {@link Failure#BAD_URL} when {@code url} names no collection */
  static SolrCollection of(String url) throws SolrFailureException {
    String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    try {
      URI uri = new URI(trimmed);
      String path = uri.getPath() == null ? "" : uri.getPath();
      int slash = path.lastIndexOf('/');
      if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null
          || slash <= 0 || slash == path.length() - 1) {
        throw new SolrFailureException(url, Failure.BAD_URL, 0,
            "expected http://HOST:PORT/solr/COLLECTION", null);
      }
      return new SolrCollection(url, trimmed.substring(0, trimmed.length() - (path.length() - slash)),
          path.substring(slash + 1));
    } catch (URISyntaxException e) {
      throw new SolrFailureException(url, Failure.BAD_URL, 0, e.getReason(), e);
    }
  }

  /** A query every shard answered; a partial answer is a failure, not a smaller answer. */
  QueryResponse query(SolrQuery q) throws SolrFailureException {
    try {
      QueryResponse response = client.query(q, SolrRequest.METHOD.POST);
      Object partial = response.getHeader() == null ? null : response.getHeader().get("partialResults");
      if (Boolean.TRUE.equals(partial)) {
        throw new SolrFailureException(url, Failure.REJECTED, 0, "partial results (a shard did not answer)", null);
      }
      return response;
    } catch (SolrServerException | SolrException | java.io.IOException e) {
      throw e instanceof SolrFailureException f ? f : failure(e);
    }
  }

  /**
   * One small request, so that a collection that is not there fails at once: the first update
   * request of a run carries ~0.5 MB, and the JDK client then waits out the whole request timeout
   * (120 s) on a refused connection instead of failing in milliseconds.
   */
  void mustAnswer() throws SolrFailureException {
    SolrQuery q = new SolrQuery("*:*").setRows(0);
    q.set("defType", "lucene");
    query(q);
  }

  /** The facts of a SolrJ failure. */
  SolrFailureException failure(Exception e) {
    if (e instanceof SolrException s) {
      return new SolrFailureException(url, Failure.REJECTED, s.code(), oneLine(s.getMessage()), e);
    }
    java.util.List<Throwable> chain = new java.util.ArrayList<>();
    for (Throwable t = e; t != null && chain.size() < 20; t = t.getCause() == t ? null : t.getCause()) {
      chain.add(t);
    }
    Throwable root = chain.get(chain.size() - 1);
    String why = networkReason(chain);
    if (why == null) {
      why = root.getMessage() == null ? root.getClass().getSimpleName() : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
    if (e instanceof SolrServerException || e instanceof java.io.IOException) {
      return new SolrFailureException(url, Failure.UNREACHABLE, 0, oneLine(why), e);
    }
    return new SolrFailureException(url, Failure.REJECTED, 0, oneLine(why), e);
  }

  /** The JDK client's failures end in a bare ClosedChannelException: name the cause people know. */
  private static String networkReason(java.util.List<Throwable> chain) {
    for (Throwable t : chain) {
      if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return "unknown host";
      }
    }
    for (Throwable t : chain) {
      if (t instanceof java.net.http.HttpTimeoutException) {
        return "no answer within the timeout";
      }
      if (t instanceof java.net.ConnectException) {
        return "connection refused";
      }
    }
    return null;
  }

  private static String oneLine(String s) {
    String m = String.valueOf(s);
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  @Override
  public void close() throws java.io.IOException {
    client.close();
  }
}
