package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.junit.jupiter.api.Test;

class WordsAnalyzerTest {
  private static final String SENTENCE = "1945年2月，雅爾塔會議在克里米亞召開。The Yalta Conference.";

  @Test
  void foldingLetsSmartcnFindWordsInTraditionalText() {
    List<String> folded = Tokens.terms(ChineseAnalyzers.words(), "雅爾塔會議");
    assertTrue(folded.stream().anyMatch(term -> term.length() > 1), "folded: " + folded);

    List<String> unfolded = Tokens.terms(smartcnWithoutFolding(), "雅爾塔會議");
    assertTrue(unfolded.stream().allMatch(term -> term.length() == 1), "unfolded: " + unfolded);
  }

  @Test
  void dropsPunctuationLowercasesLatinAndKeepsOffsetsOnTheOriginal() {
    List<Tokens.Token> tokens = Tokens.of(ChineseAnalyzers.words(), SENTENCE);
    List<String> terms = tokens.stream().map(Tokens.Token::term).toList();
    assertTrue(terms.contains("yalta") && terms.contains("conference"), terms.toString());
    assertTrue(terms.stream().noneMatch(term -> term.equals("，") || term.equals("。") || term.equals(".")), terms.toString());
    for (Tokens.Token token : tokens) {
      String original = SENTENCE.substring(token.start(), token.end());
      assertEquals(token.term(), Folding.fold(original).toLowerCase(), "offsets of " + token);
    }
  }

  private static Analyzer smartcnWithoutFolding() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        return new TokenStreamComponents(new HMMChineseTokenizer());
      }
    };
  }
}
