package org.treatysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The variant names the Solr client sends with a query ({@code treaty.variants}) and the plugin
 * replays: what was asked comes back the same, in the same order; nothing else expands.
 */
class AskedAliasesTest {
  /** A table as the CLI's alias options give it: a group, the asked word first. */
  static final Map<String, List<String>> TABLE = Map.of(
      "斯大林", List.of("斯大林", "史達林", "史大林"),
      "克里米亚", List.of("克里米亚", "雅尔塔"));

  static final Aliases TABLES = word -> TABLE.getOrDefault(word, List.of(word));

  @Test
  void whatWasAskedIsReplayedAsItWasAnswered() {
    AskedAliases asked = new AskedAliases(TABLES);
    assertEquals(List.of("斯大林", "史達林", "史大林"), asked.of("斯大林"));
    assertEquals(List.of("外蒙古"), asked.of("外蒙古"));
    assertEquals(List.of("克里米亚", "雅尔塔"), asked.of("克里米亚"));
    Aliases replayed = AskedAliases.replay(asked.json());
    for (String word : List.of("斯大林", "克里米亚", "外蒙古")) {
      assertEquals(TABLES.of(word), replayed.of(word), word);
    }
    // a word of a group that the query did not hold stands for itself on the shard
    assertEquals(List.of("史達林"), replayed.of("史達林"));
    assertEquals(List.of("斯大林", "史達林", "史大林", "克里米亚", "雅尔塔"), asked.names());
  }

  @Test
  void noVariantsIsAnEmptyObject() {
    AskedAliases asked = new AskedAliases(Aliases.NONE);
    asked.of("斯大林");
    assertEquals("{}", asked.json());
    assertEquals(List.of(), asked.names());
  }

  @Test
  void namesWithQuotesAndBackslashesTravelUnchanged() {
    Aliases odd = word -> List.of(word, "a\"b\\c", "x\ty");
    AskedAliases asked = new AskedAliases(odd);
    asked.of("q");
    assertEquals(List.of("q", "a\"b\\c", "x\ty"), AskedAliases.replay(asked.json()).of("q"));
  }

  @Test
  void somethingElseIsRefusedWithWhatItIs() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AskedAliases.replay("[1, 2]"));
    assertEquals(true, e.getMessage().startsWith("not a JSON object of word: [names]: "), e.getMessage());
  }
}
