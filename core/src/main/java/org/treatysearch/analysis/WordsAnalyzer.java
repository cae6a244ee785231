package org.treatysearch.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * Word-level analysis for BM25 ranking: fold → smartcn's HMM segmenter → lowercase → drop
 * punctuation. smartcn only knows Simplified words, hence the fold in front.
 *
 * <p>Start-up cost: smartcn deserializes its dictionaries (150–270 ms) when the first {@link
 * HMMChineseTokenizer} is created, which Lucene does on the first {@code tokenStream} call for a
 * field, never in this constructor. Keep it that way so a query path that does not analyze this
 * field never pays for the dictionary.
 *
 * <p>Unlike {@link SmartChineseAnalyzer} there is no Porter stemming: Latin words are rare here,
 * and matching must stay literal (the grams field decides what matches; this field only ranks).
 */
final class WordsAnalyzer extends FoldingAnalyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer tokenizer = new HMMChineseTokenizer();
    TokenStream stream = new LowerCaseFilter(tokenizer);
    // smartcn's default stop set is punctuation only; punctuation is never worth ranking on.
    stream = new StopFilter(stream, SmartChineseAnalyzer.getDefaultStopSet());
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
