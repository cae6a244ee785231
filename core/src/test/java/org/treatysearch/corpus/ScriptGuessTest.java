package org.treatysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The marker table of {@link ScriptGuess} checked against ICU4J, and its verdict on real lines. */
class ScriptGuessTest {
  @Test
  void everyTraditionalMarkerBecomesItsSimplifiedPartnerUnderIcu() {
    Transliterator t2s = Transliterator.getInstance("Traditional-Simplified");
    Transliterator s2t = Transliterator.getInstance("Simplified-Traditional");
    assertEquals(ScriptGuess.TRADITIONAL.length(), ScriptGuess.SIMPLIFIED.length());
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < ScriptGuess.TRADITIONAL.length(); i++) {
      String trad = String.valueOf(ScriptGuess.TRADITIONAL.charAt(i));
      String simp = String.valueOf(ScriptGuess.SIMPLIFIED.charAt(i));
      assertTrue(seen.add(trad.charAt(0)), "duplicate " + trad);
      assertEquals(simp, t2s.transliterate(trad), trad);
      assertNotEquals(trad, simp);
      // a simplified marker never is a Traditional character itself (it would count twice)
      assertEquals(simp, t2s.transliterate(simp), simp);
      assertNotEquals(simp, s2t.transliterate(simp), simp);
    }
  }

  @Test
  void realLinesLeanTheWayTheirScriptIs() {
    assertTrue(ScriptGuess.lean("注：日文條約中亦有稱中國當时代表為大清帝國。") > 0);
    assertTrue(ScriptGuess.lean("1858年，奕山与穆拉维约夫在瑷珲签订条约，以北之地割让。") < 0);
    assertEquals(0, ScriptGuess.lean("1895年4月17日"));
  }
}
