package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class KeywordFoldAnalyzerTest {
  private final Analyzer keyword = ChineseAnalyzers.keyword();

  @Test
  void linkTargetsMatchInEitherScriptAndCase() {
    assertEquals(List.of("外蒙古"), Tokens.terms(keyword, "外蒙古"));
    assertEquals(Tokens.terms(keyword, "中蘇友好同盟條約"), Tokens.terms(keyword, "中苏友好同盟条约"));
    assertEquals(List.of("yalta conference"), Tokens.terms(keyword, "Yalta Conference"));
  }

  @Test
  void normalizeFoldsTooForWildcardAndPrefixTerms() {
    assertEquals("中苏条约", keyword.normalize("link", "中蘇條約").utf8ToString());
  }
}
