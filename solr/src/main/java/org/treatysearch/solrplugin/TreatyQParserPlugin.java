package org.treatysearch.solrplugin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.Query;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.treatysearch.search.AskedAliases;
import org.treatysearch.search.Filters;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.TreatyQueries;

/**
 * The engine's query syntax in Solr: {@code defType=treaty}, or {@code {!treaty}} in a query. The
 * query is the one the embedded search runs ({@link TreatyQueries}): the user's query over
 * passages and footnotes, plus the CLI's filters, passed as {@value #ARTICLE}, {@value #SECTION}
 * {@value #KIND} and {@value #NO_APPENDIX}; the words the collection knows in {@value #WORDS}.
 */
public final class TreatyQParserPlugin extends QParserPlugin {
  public static final String NAME = "treaty";
  public static final String ARTICLE = "treaty.article";
  public static final String SECTION = "treaty.section";
  public static final String KIND = "treaty.kind";
  /** {@code true}: passages under appendix headings are left out (the CLI's --no-appendix). */
  public static final String NO_APPENDIX = "treaty.noAppendix";
  /** The query's words the whole collection knows (see {@link TreatyQueries#vocabulary}); absent: this shard's. */
  public static final String WORDS = "treaty.words";
  /** Expand query words to their variant names with the shipped alias table. */
  public static final String ALIASES = "treaty.aliases";
  /**
   * The variant names of the query's words, as the client's alias tables give them ({@link
   * AskedAliases#json}); wins over {@value #ALIASES}. Absent: no expansion (unless {@value #ALIASES}).
   */
  public static final String VARIANTS = "treaty.variants";

  /** The CLI's filters and variant names, from the parameters above (the response writer highlights with them too). */
  static Filters filters(SolrParams p) throws SyntaxError {
    Filters filters = new Filters(p.get(ARTICLE), p.get(SECTION), p.get(KIND), p.getBool(NO_APPENDIX, false));
    String variants = p.get(VARIANTS);
    if (variants != null) {
      try {
        return filters.withAliases(AskedAliases.replay(variants));
      } catch (IllegalArgumentException e) {
        throw new SyntaxError(VARIANTS + ": " + e.getMessage(), e);
      }
    }
    return p.getBool(ALIASES, false) ? filters.withAliases(org.treatysearch.analysis.AliasTable.shipped()::group) : filters;
  }

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        SolrParams p = getParams();
        Filters filters = filters(p);
        String words = p.get(WORDS);
        if (words == null) {
          return parse(getReq().getSearcher().getIndexReader(), filters);
        }
        try (IndexReader vocabulary = TreatyQueries.vocabulary(List.of(words.split(" ")))) {
          return parse(vocabulary, filters); // the query holds terms, not the reader: it runs on this shard
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      private Query parse(IndexReader vocabulary, Filters filters) throws SyntaxError {
        try {
          // any article id: a shard holds only part of the collection (the CLI checked the id on all of it)
          return AllShardsFieldStats.wrap(TreatyQueries.parse(vocabulary, getString(), filters, TreatyQueries.ANY_ARTICLE));
        } catch (QuerySyntaxException e) {
          // Solr's 400 with the engine's sentence as its msg: a SyntaxError reaches the client as
          // "org.apache.solr.search.SyntaxError: " + the sentence (QueryComponent wraps it)
          throw new SolrException(SolrException.ErrorCode.BAD_REQUEST, e.getMessage(), e);
        }
      }
    };
  }
}
