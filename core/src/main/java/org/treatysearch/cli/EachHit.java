package org.treatysearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.TreatySearcher;

/**
 * Streams every match of a query (or, for a null query, every passage under the filters) in
 * document order to a handler that may write output. The searcher's sink cannot throw checked
 * exceptions, so I/O errors travel wrapped and come out as themselves.
 */
final class EachHit {
  interface Handler {
    void accept(Hit hit) throws IOException;
  }

  private EachHit() {}

  /** @param query null for every passage: the local index only ({@link TreatySearcher#exportAll}) */
  static long run(HitSearcher searcher, String query, Filters filters, boolean highlight, Handler handler)
      throws QuerySyntaxException, IOException {
    try {
      java.util.function.Consumer<Hit> sink = hit -> {
        try {
          handler.accept(hit);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      return query == null ? ((TreatySearcher) searcher).exportAll(filters, sink) : searcher.export(query, filters, highlight, sink);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
