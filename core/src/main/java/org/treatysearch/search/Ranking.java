package org.treatysearch.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.treatysearch.index.IndexFields;

/** How hits are ordered beyond the query's own clauses. */
final class Ranking {
  private Ranking() {}

  /** Passages under an appendix heading (See also, References, External links...). */
  static final Query APPENDIX = new TermQuery(new Term(IndexFields.APPENDIX, IndexFields.APPENDIX_TRUE));

  /**
   * An appendix passage's score is multiplied by this, so it ranks below the body passages that
   * match as well: a one-line "WW2DB: 雅尔塔会议" link outscored every body mention on BM25's length
   * norm alone (rank 1 against rank ~22 for a real mention in 中苏交恶).
   */
  static final float APPENDIX_FACTOR = 0.25f;

  /** BM25 with Lucene's k1 = 1.2, b = 0.75: on the judged set other values moved MRR by less than 0.01 (see HitQueries). */
  static final Similarity SIMILARITY = new BM25Similarity();

  static Query demoteAppendix(Query q) {
    return FunctionScoreQuery.boostByQuery(q, APPENDIX, APPENDIX_FACTOR);
  }
}
