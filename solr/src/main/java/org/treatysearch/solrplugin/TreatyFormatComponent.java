package org.treatysearch.solrplugin;

import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.handler.component.ResponseBuilder;
import org.apache.solr.handler.component.SearchComponent;
import org.treatysearch.search.SolrHits;

/**
 * Prepares a request answered by {@link TreatyResponseWriter} before the query component reads
 * it: a bad {@value TreatyResponseWriter#FORMAT} fails here, as Solr's 400 error, not halfway
 * through the answer; {@code fl} becomes the fields a hit is rebuilt from and its score (the
 * shards then send them to the coordinating node); and without a {@code sort} the hits are ranked
 * as the CLI ranks them (score, ties in document order; Solr's default breaks ties by internal
 * document number, which differs between a core and a cluster). A first-component of /select.
 */
public final class TreatyFormatComponent extends SearchComponent {
  @Override
  public void prepare(ResponseBuilder rb) {
    if (!(rb.req.getCore().getQueryResponseWriter(rb.req) instanceof TreatyResponseWriter)) {
      return; // another wt, or a shard's request from a coordinating node (javabin)
    }
    SolrParams params = rb.req.getParams();
    TreatyResponseWriter.format(params);
    ModifiableSolrParams p = new ModifiableSolrParams(params);
    p.set(CommonParams.FL, String.join(",", SolrHits.FIELDS));
    if (params.get(CommonParams.SORT) == null) {
      p.set(CommonParams.SORT, SolrHits.RELEVANCE);
    }
    rb.req.setParams(p);
  }

  @Override
  public void process(ResponseBuilder rb) {}

  @Override
  public String getDescription() {
    return "fl, sort and treaty.format for wt=treaty";
  }
}
