package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Columns as terminals draw them (Unicode East Asian Width, UAX #11). */
class DisplayWidthTest {
  @Test
  void hanAndFullwidthTakeTwoColumnsMarksNone() {
    assertEquals(5, DisplayWidth.of("abc 1"));
    assertEquals(8, DisplayWidth.of("中蘇條約"), "Han: W");
    assertEquals(4, DisplayWidth.of("《》"), "CJK brackets: W");
    assertEquals(2, DisplayWidth.of("\u3000"), "ideographic space: F");
    assertEquals(2, DisplayWidth.of("Ａ"), "fullwidth A: F");
    assertEquals(1, DisplayWidth.of("e\u0301"), "a combining acute adds nothing");
    assertEquals(0, DisplayWidth.of("\u200B"), "zero width space: a format character");
    assertEquals(2, DisplayWidth.of("\uD840\uDC00"), "U+20000, outside the BMP: W");
    assertEquals(1, DisplayWidth.of("›"), "ambiguous: one column outside CJK locales");
  }

  @Test
  void padFillsToColumnsNotCodePoints() {
    assertEquals("中蘇  ", DisplayWidth.pad("中蘇", 6));
    assertEquals("ab    ", DisplayWidth.pad("ab", 6));
    assertEquals("中蘇條約", DisplayWidth.pad("中蘇條約", 6), "never cut");
    assertEquals("  12", DisplayWidth.padLeft("12", 4));
  }
}
