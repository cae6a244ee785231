package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/**
 * Issue 14: {@code stats} lines its columns up on a terminal, where a Han character takes two
 * columns, with the heading {@code links int/ext}. Widths here are counted without ICU: the 27
 * test articles' ids and titles are ASCII, Han characters and CJK brackets (《》), the latter two
 * drawn two columns wide (Unicode East Asian Width W).
 */
class StatsTableTest {
  static int columns(String s) {
    int n = 0;
    for (int cp : s.codePoints().toArray()) {
      boolean wide = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
          || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60);
      n += wide ? 2 : 1;
    }
    return n;
  }

  /** The terminal columns where each of the first {@code count} space-separated words ends. */
  static List<Integer> ends(String line, int count) {
    List<Integer> ends = new ArrayList<>();
    int i = 0;
    while (ends.size() < count) {
      while (line.charAt(i) == ' ') {
        i++;
      }
      int end = line.indexOf(' ', i);
      ends.add(columns(line.substring(0, end)));
      i = end;
    }
    return ends;
  }

  @Test
  void columnsAlignInDisplayWidthAndMatchTheCounts() throws Exception {
    CliRun text = CliRun.run("stats", "--index", SharedIndex.index().toString());
    assertEquals(0, text.exit(), text.err());
    List<String> lines = text.out().lines().toList();
    JsonNode json = ExportTest.JSON.readTree(CliRun.run("stats", "--index", SharedIndex.index().toString(),
        "--format", "json").out());
    JsonNode articles = json.get("articles");
    assertEquals(articles.size() + 2, lines.size(), "a heading, one row per article, totals");
    boolean hanId = false;
    for (JsonNode a : articles) {
      hanId |= columns(a.get("id").asText()) > a.get("id").asText().length();
    }
    assertTrue(hanId, "some id is Han text (else this test proves nothing)");

    // the number columns end, and the title starts, at the same terminal column on every row
    List<Integer> first = ends(lines.get(1), 7);
    int titleColumn = -1;
    for (int r = 1; r < lines.size(); r++) {
      String line = lines.get(r);
      assertEquals(first.subList(1, 7), ends(line, 7).subList(1, 7), "row " + r + ": " + line);
      String[] words = line.trim().split(" +", 8);
      int titleAt = columns(line.substring(0, line.length() - words[7].length()));
      titleColumn = titleColumn < 0 ? titleAt : titleColumn;
      assertEquals(titleColumn, titleAt, "title column, row " + r);
      if (r <= articles.size()) {
        JsonNode a = articles.get(r - 1);
        assertEquals(a.get("id").asText(), words[0]);
        assertEquals(List.of(a.get("sections").asText(), a.get("passages").asText(), a.get("footnotes").asText(),
            a.get("footnotesWithText").asText(),
            a.get("links").get("internal").asText() + "/" + a.get("links").get("external").asText(),
            a.get("categories").asText(), a.get("title").asText()), List.of(words).subList(1, 8));
      }
    }
    // the heading's names end where their numbers do
    String heading = lines.get(0);
    List<String> names = List.of("sections", "passages", "footnotes", "with text", "links int/ext", "categories");
    for (int c = 0; c < names.size(); c++) {
      int at = heading.indexOf(names.get(c));
      assertTrue(at > 0, heading);
      assertEquals(first.get(c + 1), columns(heading.substring(0, at + names.get(c).length())), names.get(c));
    }
    assertEquals(titleColumn, columns(heading.substring(0, heading.indexOf("title"))));
    assertTrue(lines.get(lines.size() - 1).startsWith("total "));
  }
}
