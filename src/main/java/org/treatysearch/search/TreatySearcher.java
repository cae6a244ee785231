package org.treatysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Answers queries from an index directory. Thread-safe; open once per process. */
public final class TreatySearcher implements Closeable {

  /** @throws IndexUnavailableException missing, unreadable or damaged index (message names dir and fix) */
  public static TreatySearcher open(Path indexDir) throws IndexUnavailableException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Ranked hits {@code offset+1 .. offset+n}, highlighted. */
  public Results search(String query, Filters filters, int offset, int n)
      throws QuerySyntaxException, IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Number of matching passages and footnotes. */
  public long count(String query, Filters filters) throws QuerySyntaxException, IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /**
   * Every match in document order (article id, then passage number, footnotes last), streamed to
   * {@code sink} page by page so memory stays flat; {@code rank} counts from 1 in that order.
   */
  public long export(String query, Filters filters, Consumer<Hit> sink)
      throws QuerySyntaxException, IOException {
    throw new UnsupportedOperationException("TODO");
  }

  /** The ingested articles (for show and stats). */
  public ArticleStore articles() {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public void close() throws IOException {}
}
