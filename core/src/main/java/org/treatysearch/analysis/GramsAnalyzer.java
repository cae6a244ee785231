package org.treatysearch.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Segmentation-free matching: fold → StandardTokenizer (one token per ideograph, words for
 * Latin and digits) → full/half width → lowercase → CJK bigrams.
 *
 * <p>The index side emits unigrams and bigrams (each bigram at the position of its first char);
 * the query side emits bigrams only, a lone Han char as its unigram. A query word thus becomes a
 * phrase of bigrams at consecutive positions, which matches exactly where the word's chars occur
 * as a contiguous run, however smartcn would have cut the text.
 */
final class GramsAnalyzer extends FoldingAnalyzer {
  private static final int SCRIPTS =
      CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;

  private final boolean outputUnigrams;

  /** @param outputUnigrams true for the index side, false for the query side */
  GramsAnalyzer(boolean outputUnigrams) {
    this.outputUnigrams = outputUnigrams;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new StandardTokenizer();
    TokenStream stream = new CJKWidthFilter(tokenizer);
    stream = new LowerCaseFilter(stream);
    stream = new CJKBigramFilter(stream, SCRIPTS, outputUnigrams);
    stream = new BreakMarkFilter(stream);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(new CJKWidthFilter(in));
  }
}
