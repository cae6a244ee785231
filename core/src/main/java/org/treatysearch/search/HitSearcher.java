package org.treatysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * What the commands that query ({@code search}, {@code export}, {@code batch}, {@code kwic},
 * {@code dist}) and read articles ({@code show}, {@code stats}) ask of an engine: the embedded index ({@link
 * TreatySearcher}) or a Solr collection ({@code org.treatysearch.solr.SolrSearcher}). Both answer
 * with the same {@link Hit} records, ranked and ordered alike, so one set of printers serves both.
 */
public interface HitSearcher extends Closeable {
  /** Ranked hits {@code offset+1 .. offset+n}; without {@code highlight}, their highlights are empty. */
  Results search(String query, Filters filters, int offset, int n, boolean highlight) throws QuerySyntaxException, IOException;

  /** Number of matching passages and footnotes. */
  long count(String query, Filters filters) throws QuerySyntaxException, IOException;

  /** Every match in document order, streamed to {@code sink}; {@code rank} counts from 1 in that order. */
  long export(String query, Filters filters, boolean highlight, Consumer<Hit> sink) throws QuerySyntaxException, IOException;

  /** The articles as ingested. */
  ArticleStore articles();
}
