package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import org.junit.jupiter.api.Test;

class FoldingTest {

  @Test
  void foldsTheNamesAndWordsTheCorpusNeeds() {
    assertEquals("雅尔塔会议", Folding.fold("雅爾塔會議"));
    assertEquals("鲍格莫洛夫", Folding.fold("鮑格莫洛夫"));
    assertEquals("苏", Folding.fold("蘇"));
    assertEquals("条约", Folding.fold("條約"));
    assertEquals("独立", Folding.fold("獨立"));
    assertEquals("纽约时报", Folding.fold("紐約時報"));
    assertEquals("国", Folding.fold("國"));
    assertEquals("台", Folding.fold("臺"));
  }

  @Test
  void leavesSimplifiedLatinAndAstralTextAlone() {
    String untouched = "雅尔塔会议 Yalta 1945 𠀀𪚥 ，。";
    assertSame(untouched, Folding.fold(untouched));
  }

  @Test
  void tableIsSizeableAndOnlyMapsHanToHan() {
    assertTrue(Folding.pairCount() > 2500, "pairs: " + Folding.pairCount());
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = Folding.fold((char) c);
      if (folded != c) {
        assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(c), "source U+" + Integer.toHexString(c));
        assertEquals(Character.UnicodeScript.HAN, Character.UnicodeScript.of(folded), "target of U+" + Integer.toHexString(c));
      }
    }
  }

  @Test
  void foldIsIdempotentForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char folded = Folding.fold((char) c);
      assertEquals(folded, Folding.fold(folded), "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void articlesKeepTheirLengthAndFoldOnce() {
    for (String text : Tokens.seedTexts()) {
      String folded = Folding.fold(text);
      assertNotEquals(text, folded, "seed articles mix in Traditional text");
      assertEquals(text.length(), folded.length());
      assertEquals(folded, Folding.fold(folded));
    }
  }

  /** Guards against a stale committed table: spot-checks it against ICU on real article chars. */
  @Test
  void agreesWithIcuPerCharacterOnTheArticles() {
    Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
    Tokens.seedTexts().stream()
        .flatMapToInt(String::chars)
        .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .distinct()
        .forEach(c -> {
          String expected = icu.transliterate(String.valueOf((char) c));
          if (expected.length() == 1) {
            assertEquals(expected.charAt(0), Folding.fold((char) c), "U+" + Integer.toHexString(c));
          }
        });
  }
}
