package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 11: {@code treaty kwic} prints one line per occurrence in passage text, and its left,
 * match, right, start and end agree with the passage texts read back with {@code show}; the
 * expected lines are found in those texts by the test itself (ICU's Traditional→Simplified fold).
 */
class KwicTest {
  static String index;
  static List<ShownPassages.Shown> passages;
  static Map<String, String> textById = new HashMap<>();

  @BeforeAll
  static void readTheIndexBack() throws Exception {
    index = SharedIndex.index().toString();
    passages = ShownPassages.all(index);
    for (ShownPassages.Shown p : passages) {
      textById.put(p.id(), p.text());
    }
  }

  static List<JsonNode> jsonl(String... args) throws Exception {
    // variant names off: the test counts the occurrences of the word as written
    List<String> all = new ArrayList<>(List.of("kwic", "--index", index, "--format", "jsonl", "--no-aliases"));
    all.addAll(List.of(args));
    CliRun r = CliRun.run(all.toArray(String[]::new));
    assertEquals("", r.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(ShownPassages.JSON.readTree(line));
    }
    return out;
  }

  @ParameterizedTest
  @ValueSource(strings = {"条约", "外蒙古", "雅爾塔"})
  void everyOccurrenceInPassageTextIsOneLineInDocumentOrder(String word) throws Exception {
    List<String> expected = new ArrayList<>();
    for (ShownPassages.Shown p : passages) { // show's order is document order: article id, then passages, footnotes
      for (int at : ShownPassages.occurrences(p.text(), word)) {
        expected.add(p.id() + "@" + at);
      }
    }
    assertTrue(expected.size() > 20, expected.size() + " occurrences of " + word);
    List<JsonNode> lines = jsonl(word);
    assertEquals(expected, lines.stream().map(l -> l.get("id").asText() + "@" + l.get("start").asInt()).toList());
    for (JsonNode l : lines) {
      assertEquals(List.of("id", "article", "title", "section", "left", "match", "right", "start", "end"), keys(l));
      String text = textById.get(l.get("id").asText());
      int start = l.get("start").asInt();
      int end = l.get("end").asInt();
      assertEquals(start + ShownPassages.length(word), end);
      assertEquals(ShownPassages.cps(text, start, end), l.get("match").asText());
      assertEquals(ShownPassages.cps(text, Math.max(0, start - 20), start), l.get("left").asText());
      assertEquals(ShownPassages.cps(text, end, Math.min(ShownPassages.length(text), end + 20)), l.get("right").asText());
      assertEquals(l.get("id").asText().substring(0, l.get("id").asText().indexOf('#')), l.get("article").asText());
    }
  }

  @Test
  void widthAndFiltersApply() throws Exception {
    List<JsonNode> lines = jsonl("--width", "3", "--article", TestCorpus.TREATY_1945, "--kind", "paragraph", "條約");
    long expected = passages.stream()
        .filter(p -> p.article().equals(TestCorpus.TREATY_1945) && p.kind().equals("paragraph"))
        .mapToLong(p -> ShownPassages.occurrences(p.text(), "條約").size()).sum();
    assertEquals(expected, lines.size());
    for (JsonNode l : lines) {
      String text = textById.get(l.get("id").asText());
      int start = l.get("start").asInt();
      assertEquals(ShownPassages.cps(text, Math.max(0, start - 3), start), l.get("left").asText());
      assertTrue(ShownPassages.length(l.get("right").asText()) <= 3);
    }
  }

  @Test
  void sortRightOrdersByTheFoldedRightContext() throws Exception {
    List<String> keys = jsonl("--sort", "right", "条约").stream().map(l -> ShownPassages.fold(l.get("right").asText())).toList();
    assertOrdered(keys);
  }

  @Test
  void sortLeftOrdersByTheLeftContextReadBackwards() throws Exception {
    List<String> keys = jsonl("--sort", "left", "条约").stream()
        .map(l -> new StringBuilder(ShownPassages.fold(l.get("left").asText())).reverse().toString()).toList();
    assertOrdered(keys);
    List<JsonNode> doc = jsonl("条约");
    assertEquals(doc.size(), keys.size(), "sorting keeps every line");
  }

  @Test
  void sortMatchGroupsTheMatchedForms() throws Exception {
    List<JsonNode> lines = jsonl("--sort", "match", "条约 OR 協定");
    List<String> keys = lines.stream().map(l -> ShownPassages.fold(l.get("match").asText())).toList();
    assertOrdered(keys);
    assertEquals(2, keys.stream().distinct().count(), "both words: " + keys.stream().distinct().toList());
    // ties keep document order
    List<String> firstForm = lines.stream().filter(l -> ShownPassages.fold(l.get("match").asText()).equals(keys.get(0)))
        .map(l -> l.get("id").asText()).toList();
    assertOrdered(firstForm.stream().map(id -> id.substring(0, id.indexOf('#'))).toList());
  }

  @Test
  void textAlignsTheMatchesByDisplayWidth() throws Exception {
    CliRun r = CliRun.run("kwic", "--index", index, "--no-aliases", "--width", "8", "外蒙古");
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    List<JsonNode> json = jsonl("--width", "8", "外蒙古");
    assertEquals(json.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String left = json.get(i).get("left").asText();
      String match = json.get(i).get("match").asText();
      String line = lines.get(i);
      // the left column is 16 columns wide (8 CJK characters), right-aligned: every match starts at column 17
      assertTrue(line.startsWith(" ".repeat(2 * 8 - columns(left)) + left + " " + match + " "), line);
      assertTrue(line.endsWith("  " + json.get(i).get("id").asText()), line);
    }
    CliRun coloured = CliRun.run("kwic", "--index", index, "--no-aliases", "--color", "always", "外蒙古");
    assertTrue(coloured.out().contains("\u001b[1;31m外蒙古\u001b[0m"), "match highlighted");
  }

  @Test
  void nothingFoundIsExitOne() {
    CliRun r = CliRun.run("kwic", "--index", index, "魑魅魍魉");
    assertEquals(1, r.exit(), r.err());
    assertEquals("", r.out());
    CliRun bad = CliRun.run("kwic", "--index", index, "--sort", "up", "条约");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("treaty: ") && bad.err().contains("--sort"), bad.err());
  }

  /** East Asian Wide and Fullwidth characters take two columns (ICU's property, read here directly). */
  static int columns(String s) {
    return s.codePoints().map(cp -> {
      int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
      return w == UCharacter.EastAsianWidth.WIDE || w == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }).sum();
  }

  static void assertOrdered(List<String> keys) {
    for (int i = 1; i < keys.size(); i++) {
      assertTrue(compare(keys.get(i - 1), keys.get(i)) <= 0, "line " + i + ": " + keys.get(i - 1) + " > " + keys.get(i));
    }
  }

  static int compare(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    return java.util.Arrays.compare(x, y);
  }

  static List<String> keys(JsonNode n) {
    List<String> k = new ArrayList<>();
    n.fieldNames().forEachRemaining(k::add);
    return k;
  }
}
