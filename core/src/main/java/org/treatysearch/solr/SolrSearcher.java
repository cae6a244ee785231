package org.treatysearch.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.CursorMarkParams;
import org.treatysearch.index.IndexFields;
import org.treatysearch.search.ArticleStore;
import org.treatysearch.search.AskedAliases;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.Results;
import org.treatysearch.search.SolrHits;
import org.treatysearch.search.TreatyQueries;

/**
 * The query commands on a Solr collection with the treaty configset: the query
 * runs through the plugin's {@code treaty} parser (the engine's), ranked and ordered as the
 * embedded search does, and the hits are rebuilt from their stored fields.
 */
public final class SolrSearcher implements HitSearcher {
  /** Rows per cursorMark page of an export, as the embedded export's page. */
  private static final int EXPORT_PAGE = 500;
  /** Document order; the unique key last, as cursorMark requires it in the sort. */
  static final String DOCUMENT_ORDER = IndexFields.ARTICLE + " asc," + IndexFields.SEQ + " asc," + SolrDocuments.KEY + " asc";

  private final SolrCollection solr;

  private SolrSearcher(SolrCollection solr) {
    this.solr = solr;
  }

  /** No request yet: the first query finds out whether the collection answers. */
  public static SolrSearcher open(String url) throws SolrFailureException {
    return new SolrSearcher(SolrCollection.of(url));
  }

  @Override
  public Results search(String query, Filters filters, int offset, int n, boolean highlight)
      throws QuerySyntaxException, IOException {
    Asked asked = ask(query, filters);
    SolrQuery q = asked.solr().setStart(offset).setRows(n);
    q.set("sort", SolrHits.RELEVANCE);
    SolrDocumentList docs = solr.query(q).getResults();
    return new Results(docs.getNumFound(), toHits(asked, docs, offset + 1, highlight));
  }

  @Override
  public long count(String query, Filters filters) throws QuerySyntaxException, IOException {
    return solr.query(ask(query, filters).solr().setRows(0)).getResults().getNumFound();
  }

  @Override
  public long export(String query, Filters filters, boolean highlight, Consumer<Hit> sink)
      throws QuerySyntaxException, IOException {
    Asked asked = ask(query, filters);
    SolrQuery q = asked.solr().setRows(EXPORT_PAGE);
    q.set("sort", DOCUMENT_ORDER);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    long rank = 1;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = solr.query(q);
      for (Hit hit : toHits(asked, response.getResults(), (int) rank, highlight)) {
        sink.accept(hit);
      }
      rank += response.getResults().size();
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return rank - 1;
      }
      cursor = next;
    }
  }

  /** The request, and the words of the collection the query holds (for the highlights). */
  private record Asked(SolrQuery solr, String query, List<String> words, org.treatysearch.search.Aliases aliases) {}

  private Asked ask(String query, Filters filters) throws QuerySyntaxException, IOException {
    // read before any request, as the shards will read it: a bad query gets the embedded search's
    // words; and the variant names the query's words stand for are recorded for the shards
    AskedAliases variants = new AskedAliases(filters.aliases());
    try (IndexReader nothing = TreatyQueries.vocabulary(List.of())) {
      TreatyQueries.parse(nothing, query, filters.withAliases(variants), TreatyQueries.ANY_ARTICLE);
    }
    // the variants' pieces are looked up in the collection too
    List<String> words = CollectionWords.known(solr, query + " " + String.join(" ", variants.names()));
    // and an unknown article too (the shards accept any id: each holds only part of the collection)
    if (filters.article() != null || query.contains(":")) {
      try (IndexReader vocabulary = TreatyQueries.vocabulary(words)) {
        TreatyQueries.parse(vocabulary, query, filters, this::holdsArticle);
      } catch (UncheckedIOException e) {
        throw e.getCause(); // the collection did not answer whether it holds the article
      }
    }
    SolrQuery q = new SolrQuery(query);
    q.set("defType", "treaty");
    q.setFields(SolrHits.FIELDS.toArray(String[]::new));
    // the Solr plugin's TreatyQParserPlugin parameters
    set(q, "treaty.article", filters.article());
    set(q, "treaty.section", filters.section());
    set(q, "treaty.kind", filters.kind());
    if (filters.noAppendix()) {
      q.set("treaty.noAppendix", true);
    }
    if (!variants.names().isEmpty()) {
      q.set("treaty.variants", variants.json()); // the user's tables are read here, not on the shards
    }
    q.set("treaty.words", String.join(" ", words));
    // every shard must answer: a partial answer would be a wrong answer, not a smaller one
    q.set("shards.tolerant", false);
    return new Asked(q, query, words, filters.aliases());
  }

  /** Whether any shard holds an article with this key (one request per {@code --article} or {@code article:}). */
  private boolean holdsArticle(Term key) throws IOException {
    SolrQuery q = new SolrQuery("{!term f=" + key.field() + "}" + key.text()).setRows(0);
    q.set("defType", "lucene"); // the configset's default is the treaty parser; local params need Solr's own
    q.set("shards.tolerant", false);
    return solr.query(q).getResults().getNumFound() > 0;
  }

  private static void set(SolrQuery q, String name, String value) {
    if (value != null) {
      q.set(name, value);
    }
  }

  private static List<Hit> toHits(Asked asked, SolrDocumentList docs, int firstRank, boolean highlight)
      throws QuerySyntaxException, IOException {
    if (!highlight || docs.isEmpty()) {
      return SolrHits.of(docs, firstRank, null);
    }
    try (IndexReader vocabulary = TreatyQueries.vocabulary(asked.words())) {
      return SolrHits.of(docs, firstRank, new SolrHits.Highlighting(vocabulary, asked.query(), asked.aliases()));
    }
  }

  @Override
  public ArticleStore articles() {
    return new SolrArticleStore(solr);
  }

  @Override
  public void close() throws IOException {
    solr.close();
  }
}
