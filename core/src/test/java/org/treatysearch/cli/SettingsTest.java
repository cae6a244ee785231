package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void colourAutoNeedsATerminalAndNoNoColor() {
    assertTrue(ColorChoice.enabled("auto", Map.of(), true));
    assertFalse(ColorChoice.enabled("auto", Map.of(), false));
    assertFalse(ColorChoice.enabled("auto", Map.of("NO_COLOR", "1"), true));
    assertTrue(ColorChoice.enabled("auto", Map.of("NO_COLOR", ""), true), "empty NO_COLOR does not count");
    assertFalse(ColorChoice.enabled("always", Map.of("NO_COLOR", "1"), true), "never with NO_COLOR (SPEC §4)");
    assertFalse(ColorChoice.enabled("never", Map.of(), true));
  }

  @Test
  void indexLocationPrecedence() {
    Map<String, String> env = Map.of("TREATY_INDEX", "/from/env");
    assertEquals(Path.of("/opt"), IndexLocation.resolve("/opt", env, "/launcher"));
    assertEquals(Path.of("/from/env"), IndexLocation.resolve(null, env, "/launcher"));
    assertEquals(Path.of("/launcher"), IndexLocation.resolve(null, Map.of("TREATY_INDEX", ""), "/launcher"));
    assertEquals(Path.of("index"), IndexLocation.resolve(null, Map.of(), null));
  }

  @Test
  void showIds() {
    assertEquals(new ItemId("000_a", ItemId.Kind.ARTICLE, 0), ItemId.parse("000_a"));
    assertEquals(new ItemId("000_a", ItemId.Kind.PASSAGE, 12), ItemId.parse("000_a#12"));
    assertEquals(new ItemId("000_a", ItemId.Kind.FOOTNOTE, 3), ItemId.parse("000_a#fn3"));
    assertNull(ItemId.parse("000_a#"));
    assertNull(ItemId.parse("000_a#fn"));
    assertNull(ItemId.parse("#3"));
    assertNull(ItemId.parse("000_a#x3"));
  }

  @Test
  void progressBarRendersWithinItsWidth() {
    assertEquals("indexing [###############               ]  50% 1.0/2.0 MB", ProgressBar.render(1_000_000, 2_000_000));
    assertTrue(ProgressBar.render(5, 0).contains("  0%"));
  }
}
