package org.treatysearch.solrplugin;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.response.JSONResponseWriter;
import org.apache.solr.response.QueryResponseWriter;
import org.apache.solr.response.ResultContext;
import org.apache.solr.response.SolrQueryResponse;
import org.apache.solr.search.DocIterator;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.QueryParsing;
import org.apache.solr.search.SyntaxError;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.SolrHits;
import org.treatysearch.search.TreatyQueries;

/**
 * {@code wt=treaty}: the hits of a search in the CLI's formats, written by the engine's printers,
 * so that {@code /select?q=…&wt=treaty&treaty.format=tsv} prints what {@code treaty search
 * --format tsv} prints for the same query, start and rows (its {@code --offset} and {@code -n}).
 * The documents are a single core's {@link ResultContext} or, on a SolrCloud coordinating node,
 * the merged {@link SolrDocumentList}; both carry the fields and the score {@link
 * TreatyFormatComponent} asked for. Highlights are computed over the returned texts as the CLI's
 * Solr client computes them ({@link SolrHits}). A response that failed is Solr's JSON error.
 */
public final class TreatyResponseWriter implements QueryResponseWriter {
  /** The output format: jsonl (default), tsv, csv or md. */
  public static final String FORMAT = "treaty.format";
  /**
   * The formats for a program on the other end of HTTP; text is the CLI's terminal layout
   * (colour, width), and -A/-B context needs the article store: neither is offered here.
   */
  static final List<HitFormat> FORMATS = List.of(HitFormat.JSONL, HitFormat.TSV, HitFormat.CSV, HitFormat.MD);

  /**
   * Solr's own error response (wt=json), with the status Solr set. Not the core's writer named
   * "json": {@code getQueryResponseWriter("json")} answered the javabin writer here (Solr 9.10.1).
   */
  private static final QueryResponseWriter ERRORS = new JSONResponseWriter();

  /** @throws SolrException 400, naming the parameter and the formats, for a format not in {@link #FORMATS} */
  static HitFormat format(SolrParams params) {
    String name = params.get(FORMAT, HitFormat.JSONL.key());
    for (HitFormat f : FORMATS) {
      if (f.key().equals(name)) {
        return f;
      }
    }
    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
        FORMAT + ": unknown format '" + name + "' (expected jsonl, tsv, csv or md)");
  }

  @Override
  public String getContentType(SolrQueryRequest req, SolrQueryResponse rsp) {
    return rsp.getException() != null ? ERRORS.getContentType(req, rsp) : CONTENT_TYPE_TEXT_UTF8;
  }

  @Override
  public void write(Writer out, SolrQueryRequest req, SolrQueryResponse rsp) throws IOException {
    if (rsp.getException() != null) {
      ERRORS.write(out, req, rsp);
      return;
    }
    HitFormat format = format(req.getParams());
    Returned returned = returned(rsp);
    try (HitPrinter printer = HitPrinters.create(format, out, false, false)) {
      for (Hit hit : hits(req, returned, printer.usesHighlights())) {
        printer.hit(hit, null);
      }
      printer.finish();
    }
  }

  /** The documents in rank order and the rank of the first (start + 1). */
  private record Returned(List<SolrHits.Scored> docs, int firstRank) {}

  private static Returned returned(SolrQueryResponse rsp) throws IOException {
    Object response = rsp.getResponse();
    if (response instanceof ResultContext ctx) {
      // one core: its own stored fields, as the embedded index reads them (the response's
      // SolrDocuments hold Solr's renderings of them, not Lucene's stored values)
      List<SolrHits.Scored> docs = new ArrayList<>(ctx.getDocList().size());
      boolean scores = ctx.getDocList().hasScores();
      for (DocIterator it = ctx.getDocList().iterator(); it.hasNext(); ) {
        int id = it.nextDoc();
        docs.add(new SolrHits.Scored(ctx.getSearcher().getDocFetcher().doc(id), scores ? it.score() : Float.NaN));
      }
      return new Returned(docs, ctx.getDocList().offset() + 1);
    }
    if (response instanceof SolrDocumentList list) { // a coordinating node: the shards' documents, merged
      List<SolrHits.Scored> docs = new ArrayList<>(list.size());
      for (SolrDocument d : list) {
        docs.add(SolrHits.scored(d));
      }
      return new Returned(docs, (int) list.getStart() + 1);
    }
    throw new SolrException(SolrException.ErrorCode.BAD_REQUEST,
        "wt=treaty writes the documents of a search; this response has none");
  }

  private static List<Hit> hits(SolrQueryRequest req, Returned returned, boolean highlight) throws IOException {
    SolrParams p = req.getParams();
    try {
      // only the treaty parser's queries have the engine's highlights
      if (!highlight || !TreatyQParserPlugin.NAME.equals(p.get(QueryParsing.DEFTYPE, QParserPlugin.DEFAULT_QTYPE))) {
        return SolrHits.scored(returned.docs(), returned.firstRank(), null);
      }
      Filters filters = TreatyQParserPlugin.filters(p);
      String query = p.get("q");
      String words = p.get(TreatyQParserPlugin.WORDS);
      if (words == null) { // as the parser split the query: this core's words
        IndexReader own = req.getSearcher().getIndexReader();
        return SolrHits.scored(returned.docs(), returned.firstRank(), new SolrHits.Highlighting(own, query, filters.aliases()));
      }
      try (IndexReader vocabulary = TreatyQueries.vocabulary(List.of(words.split(" ")))) {
        return SolrHits.scored(returned.docs(), returned.firstRank(), new SolrHits.Highlighting(vocabulary, query, filters.aliases()));
      }
    } catch (QuerySyntaxException | SyntaxError e) {
      // the query parser read the same query and parameters before the search ran
      throw new IllegalStateException("the query parsed for the search but not for its highlights: " + e.getMessage(), e);
    }
  }
}
