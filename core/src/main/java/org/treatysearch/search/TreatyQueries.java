package org.treatysearch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexFields;

/**
 * The engine's query syntax as one public entry point, shared by {@link TreatySearcher} and other
 * front ends (the Solr plugin's query parser): the query text, the filters and the index's own
 * vocabulary make one Lucene query, the same whoever runs it.
 */
public final class TreatyQueries {
  private static final Query HITS_ONLY = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.HIT));

  private TreatyQueries() {}

  /**
   * The query for {@code query} under {@code filters}, over the passages and footnotes of {@code
   * reader}'s index (the vocabulary lookups read its term dictionary).
   *
   * @throws QuerySyntaxException the query cannot be parsed (the message names it and why)
   */
  public static Query parse(IndexReader reader, String query, Filters filters) throws QuerySyntaxException {
    return parse(IndexAnalyzers.forQueries(), new IndexVocabulary(reader), query, filters);
  }

  /** {@link #parse(IndexReader, String, Filters)} with the analyzer and vocabulary a searcher keeps. */
  static Query parse(Analyzer queryAnalyzer, IndexVocabulary vocabulary, String query, Filters filters)
      throws QuerySyntaxException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(QueryParsing.parse(queryAnalyzer, vocabulary, query), Occur.MUST)
        .add(HITS_ONLY, Occur.FILTER);
    if (filters.article() != null) {
      b.add(new TermQuery(new Term(IndexFields.ARTICLE, filters.article())), Occur.FILTER);
    }
    if (filters.kind() != null) {
      b.add(QueryParsing.parse(queryAnalyzer, vocabulary, "kind:" + QueryParsing.quote(filters.kind())), Occur.FILTER);
    }
    if (filters.section() != null) {
      b.add(QueryParsing.parse(queryAnalyzer, vocabulary, "section:" + QueryParsing.quote(filters.section())), Occur.FILTER);
    }
    return b.build();
  }
}
