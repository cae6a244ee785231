package org.treatysearch.solrplugin;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;
import org.treatysearch.search.Filters;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.TreatyQueries;

/**
 * The engine's query syntax in Solr: {@code defType=treaty}, or {@code {!treaty}} in a query. The
 * query is the one the embedded search runs ({@link TreatyQueries}): the user's query over
 * passages and footnotes, plus the CLI's filters, passed as {@value #ARTICLE}, {@value #SECTION}
 * and {@value #KIND}. Each shard parses it against its own index (the word-split lookups).
 */
public final class TreatyQParserPlugin extends QParserPlugin {
  public static final String NAME = "treaty";
  public static final String ARTICLE = "treaty.article";
  public static final String SECTION = "treaty.section";
  public static final String KIND = "treaty.kind";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        SolrParams p = getParams();
        Filters filters = new Filters(p.get(ARTICLE), p.get(SECTION), p.get(KIND));
        try {
          return TreatyQueries.parse(getReq().getSearcher().getIndexReader(), getString(), filters);
        } catch (QuerySyntaxException e) {
          throw new SyntaxError(e.getMessage(), e);
        }
      }
    };
  }
}
