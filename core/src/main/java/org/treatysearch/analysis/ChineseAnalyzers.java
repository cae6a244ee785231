package org.treatysearch.analysis;

import org.apache.lucene.analysis.Analyzer;

/**
 * The analyzers of treaty-search. Every one folds Traditional to Simplified first (see {@link
 * Folding}), keeps offsets exact and lowercases Latin letters.
 *
 * <p>Each call returns a new, thread-safe analyzer; create one per field role and reuse it.
 * Constructing any of them is cheap: no dictionary or table loads until text is analyzed.
 */
public final class ChineseAnalyzers {
  private ChineseAnalyzers() {}

  /**
   * Words for BM25 ranking: smartcn segmentation of the folded text, lowercase, punctuation
   * dropped. Loads smartcn's dictionary on first analysis only.
   */
  public static Analyzer words() {
    return new WordsAnalyzer();
  }

  /**
   * Index side of the grams field: every Han char as a unigram plus every adjacent pair as a
   * bigram at the first char's position; Latin and digit runs as lowercase words. Index it with
   * offsets (IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS) so the UnifiedHighlighter can
   * use postings offsets.
   */
  public static Analyzer gramsIndex() {
    return new GramsAnalyzer(true);
  }

  /**
   * Query side of the grams field: bigrams only (a lone Han char as its unigram), so a query word
   * becomes a phrase of bigrams that matches it as a contiguous run of chars. Use with
   * QueryParser#setAutoGeneratePhraseQueries(true) or QueryBuilder#createPhraseQuery.
   */
  public static Analyzer gramsQuery() {
    return new GramsAnalyzer(false);
  }

  /** The whole value as one folded, lowercased token: link targets, kinds, ids. */
  public static Analyzer keyword() {
    return new KeywordFoldAnalyzer();
  }
}
