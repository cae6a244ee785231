package org.treatysearch.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import org.treatysearch.search.Hit;

/**
 * A sink for search hits in one output format (like ripgrep's printer sinks): commands feed hits
 * in order and call {@link #finish()} once at the end. Printers never flush per hit; the caller
 * owns the buffered writer and flushes it once.
 */
public interface HitPrinter extends Closeable {

  /** @param query the query the hit answers; null except in batch mode */
  void hit(Hit hit, String query) throws IOException;

  /**
   * A hit with the passages before and after it in its article ({@code search -B/-A}); formats
   * without a way to mark context print the hit alone.
   */
  default void hit(Hit hit, String query, List<Hit> before, List<Hit> after) throws IOException {
    hit(hit, query);
  }

  /**
   * A batch query that found nothing, so that every query leaves a trace; only the batch formats
   * (jsonl, tsv) write one.
   */
  default void noHits(String query) throws IOException {}

  /**
   * Whether this format shows highlights; when it does not, the searcher skips computing them
   * (about a quarter of a query's cost).
   */
  default boolean usesHighlights() {
    return false;
  }

  /** Writes whatever closes the document (a trailer, an attribution); called once. */
  default void finish() throws IOException {}

  /** Does not close the underlying writer: it belongs to the caller (often stdout). */
  @Override
  default void close() throws IOException {}
}
