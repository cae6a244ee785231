package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.Weight;

/**
 * {@link Ranking#demoteAppendix} applied while the top hits are collected instead of inside the
 * query: the same scores (an appendix passage's score times {@link Ranking#APPENDIX_FACTOR}, a
 * power of two, so the product is exact either way), but the query's scorers still learn the
 * lowest competitive score and skip. Lucene's FunctionScoreQuery hides the scores' upper bounds,
 * so every match was scored: on the 1 GB corpus the slowest benchmark queries (200,000-400,000
 * matches each) took ~0.85x the time this way, and the p99 of the 1,000 fell from 128-131 ms to
 * 98-108 ms (3 rounds each, interleaved).
 */
final class AppendixDemotion implements CollectorManager<AppendixDemotion.Demoting, TopFieldDocs> {
  private final TopFieldCollectorManager top;
  private final Weight appendix;

  /** {@code appendix}: a weight of {@link Ranking#APPENDIX} on the searcher that runs the search. */
  AppendixDemotion(TopFieldCollectorManager top, Weight appendix) {
    this.top = top;
    this.appendix = appendix;
  }

  static Weight appendixWeight(IndexSearcher searcher) throws IOException {
    return searcher.createWeight(searcher.rewrite(Ranking.APPENDIX), ScoreMode.COMPLETE_NO_SCORES, 1f);
  }

  @Override
  public Demoting newCollector() throws IOException {
    return new Demoting(top.newCollector(), appendix);
  }

  @Override
  public TopFieldDocs reduce(Collection<Demoting> collectors) throws IOException {
    List<TopFieldCollector> inner = new ArrayList<>();
    collectors.forEach(c -> inner.add(c.top));
    return top.reduce(inner);
  }

  /** Hands the top-hits collector each appendix passage's score already demoted. */
  static final class Demoting extends FilterCollector {
    private final TopFieldCollector top;
    private final Weight appendix;

    Demoting(TopFieldCollector top, Weight appendix) {
      super(top);
      this.top = top;
      this.appendix = appendix;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      Scorer inAppendix = appendix.scorer(context);
      DocIdSetIterator appendixDocs = inAppendix == null ? DocIdSetIterator.empty() : inAppendix.iterator();
      return new FilterLeafCollector(super.getLeafCollector(context)) {
        private int doc = -1;

        @Override
        public void setScorer(Scorable scorer) throws IOException {
          in.setScorer(new FilterScorable(scorer) {
            @Override
            public float score() throws IOException {
              float score = in.score();
              if (appendixDocs.docID() < doc) {
                appendixDocs.advance(doc); // hits arrive in document order within a segment
              }
              return appendixDocs.docID() == doc ? score * Ranking.APPENDIX_FACTOR : score;
            }

            /** Safe to pass on as it is: a demoted score is never above the query's own. */
            @Override
            public void setMinCompetitiveScore(float minScore) throws IOException {
              in.setMinCompetitiveScore(minScore);
            }
          });
        }

        @Override
        public void collect(int doc) throws IOException {
          this.doc = doc;
          in.collect(doc);
        }
      };
    }
  }
}
