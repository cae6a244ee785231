package org.treatysearch.solrplugin;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A query that, when weighted, first asks the searcher for the collection statistics of every
 * field it searches, then weighs as the query it wraps. Lucene asks for a field's statistics only
 * when a query term occurs on that shard, and Solr's ExactStatsCache merges only what the shards
 * asked for: a word found on one shard only was scored with that shard's document count
 * (text: 452 of 920 passages on the test corpus), not the collection's, so its score differed
 * from the embedded index's (秦孝仪: 10.84 instead of 11.73). Scores are unchanged otherwise.
 */
final class AllShardsFieldStats extends Query {
  private final Query query;
  private final Set<String> fields;

  private AllShardsFieldStats(Query query, Set<String> fields) {
    this.query = query;
    this.fields = fields;
  }

  static Query wrap(Query query) {
    Set<String> fields = new TreeSet<>();
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        fields.add(field);
        return true;
      }

      @Override
      public QueryVisitor getSubVisitor(org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return new AllShardsFieldStats(query, fields);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    if (scoreMode.needsScores()) {
      for (String field : fields) {
        searcher.collectionStatistics(field); // recorded by the stats-collecting searcher
      }
    }
    return query.createWeight(searcher, scoreMode, boost);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? this : new AllShardsFieldStats(rewritten, fields);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((AllShardsFieldStats) other).query);
  }

  @Override
  public int hashCode() {
    return classHash() * 31 + query.hashCode();
  }
}
