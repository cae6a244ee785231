package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Terminal columns by Unicode's East Asian Width: the cases the text formats align on. */
class DisplayWidthTest {
  @Test
  void wideAndFullwidthAreTwoCombiningMarksNone() {
    assertEquals(4, DisplayWidth.of("条约"));             // CJK ideographs: Wide
    assertEquals(2, DisplayWidth.of("，"));               // U+FF0C: Fullwidth
    assertEquals(2, DisplayWidth.of("\uD840\uDC00"));     // U+20000, outside the BMP: Wide
    assertEquals(5, DisplayWidth.of("Yalta"));
    assertEquals(1, DisplayWidth.of("e\u0301"));          // e + combining acute accent
    assertEquals(1, DisplayWidth.of("…"));                // Ambiguous: one column outside CJK locales
  }

  @Test
  void padFillsToTheColumnsAndNeverCuts() {
    assertEquals("条约  ", DisplayWidth.pad("条约", 6));
    assertEquals("条约", DisplayWidth.pad("条约", 3));
  }
}
