package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.testing.SharedIndex;

/**
 * Issue 11: {@code search -A/-B/-C} prints the passages around each hit in its article, checked
 * against the article read back with {@code show}; long passages are cut on a terminal and with
 * {@code -M}; empty footnotes are not printed under a hit.
 */
class SearchContextTest {
  static String index;
  @TempDir static Path tmp;

  @BeforeAll
  static void shared() {
    index = SharedIndex.index().toString();
  }

  @Test
  void contextPassagesSurroundEachHitInDocumentOrder() throws Exception {
    CliRun r = CliRun.run("search", "--index", index, "--format", "jsonl", "-n", "5", "-C", "2", "外蒙古 公民投票");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> objects = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      objects.add(ShownPassages.JSON.readTree(line));
    }
    int hits = 0;
    for (int i = 0; i < objects.size(); i++) {
      JsonNode o = objects.get(i);
      if (o.has("context")) {
        assertFalse(o.has("rank") || o.has("score") || o.has("highlights"), o.toString());
        continue;
      }
      hits++;
      assertEquals(hits, o.get("rank").asInt());
      String id = o.get("id").asText();
      if (o.get("kind").asText().equals("footnote")) {
        continue; // footnotes have no context passages
      }
      List<ShownPassages.Shown> article = ShownPassages.article(index, o.get("article").asText());
      List<String> bodyIds = article.stream().filter(p -> !p.kind().equals("footnote")).map(ShownPassages.Shown::id).toList();
      int at = bodyIds.indexOf(id);
      List<String> before = bodyIds.subList(Math.max(0, at - 2), at);
      List<String> after = bodyIds.subList(at + 1, Math.min(bodyIds.size(), at + 3));
      for (int k = 0; k < before.size(); k++) {
        JsonNode c = objects.get(i - before.size() + k);
        assertEquals(before.get(k), c.get("id").asText());
        assertTrue(c.get("context").asBoolean());
        String want = before.get(k);
        String text = article.stream().filter(p -> p.id().equals(want)).findFirst().orElseThrow().text();
        assertEquals(text, c.get("text").asText());
      }
      for (int k = 0; k < after.size(); k++) {
        JsonNode c = objects.get(i + 1 + k);
        assertEquals(after.get(k), c.get("id").asText());
        assertTrue(c.get("context").asBoolean());
      }
    }
    assertEquals(5, hits);
  }

  @Test
  void textPrintsContextUnderTheHeaderLedByItsNumber() throws Exception {
    CliRun plain = CliRun.run("search", "--index", index, "-n", "1", "外蒙古 公民投票");
    CliRun r = CliRun.run("search", "--index", index, "-n", "1", "-A", "1", "外蒙古 公民投票");
    String id = plain.out().lines().findFirst().orElseThrow().split("  ")[1];
    int n = Integer.parseInt(id.substring(id.indexOf('#') + 1));
    String next = ShownPassages.article(index, id.substring(0, id.indexOf('#'))).stream()
        .filter(p -> p.id().equals(id.substring(0, id.indexOf('#')) + "#" + (n + 1))).findFirst().orElseThrow().text();
    assertTrue(r.out().startsWith(plain.out().stripTrailing() + "\n   #" + (n + 1) + " " + next + "\n"), r.out());
    CliRun both = CliRun.run("search", "--index", index, "-n", "1", "-C", "1", "-B", "0", "外蒙古 公民投票");
    assertEquals(r.out(), both.out(), "-B wins over -C");
  }

  @Test
  void longPassagesAreCutWithMaxColumns() throws Exception {
    CliRun whole = CliRun.run("search", "--index", index, "-n", "3", "--format", "jsonl", "外蒙古");
    CliRun cut = CliRun.run("search", "--index", index, "-n", "3", "-M", "30", "外蒙古");
    assertEquals(0, cut.exit(), cut.err());
    List<String> texts = cut.out().lines().filter(l -> l.startsWith("   ")).toList();
    assertTrue(texts.stream().anyMatch(l -> l.contains("…")), cut.out());
    for (String l : texts) {
      assertTrue(KwicTest.columns(l.substring(3)) <= 30, l);
    }
    List<String> lines = cut.out().lines().toList();
    for (String line : whole.out().lines().toList()) {
      JsonNode hit = ShownPassages.JSON.readTree(line);
      String header = lines.stream().filter(l -> l.contains("  " + hit.get("id").asText() + "  ")).findFirst().orElseThrow();
      JsonNode first = hit.get("highlights").get(0);
      if (first != null) { // the snippet is cut around the first match
        String match = ShownPassages.cps(hit.get("text").asText(), first.get(0).asInt(), first.get(1).asInt());
        assertTrue(lines.get(lines.indexOf(header) + 1).contains(match), lines.get(lines.indexOf(header) + 1));
      }
    }
  }

  @Test
  void onATerminalLongPassagesBecomeWrappedSnippets() throws Exception {
    String out = terminal(Map.of("COLUMNS", "40"), "search", "--index", index, "-n", "3", "--color", "never", "外蒙古");
    List<String> body = out.lines().filter(l -> !l.isEmpty() && !Character.isDigit(l.charAt(0))).toList();
    assertTrue(body.stream().anyMatch(l -> l.contains("…")), out);
    for (String l : body) {
      assertTrue(l.startsWith("   "), "wrapped lines keep their indent: " + l);
      assertTrue(KwicTest.columns(l) <= 40 + 1, l);
    }
    String full = terminal(Map.of("COLUMNS", "40"), "search", "--index", index, "-n", "3", "--color", "never", "--full", "外蒙古");
    assertTrue(full.length() > out.length(), "--full prints whole passages");
    for (String l : full.lines().filter(l -> !l.isEmpty() && !Character.isDigit(l.charAt(0))).toList()) {
      assertTrue(l.startsWith("   ") && KwicTest.columns(l) <= 40 + 1, l);
    }
  }

  @Test
  void emptyFootnotesAreNotPrintedUnderAHit() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("fn"));
    Files.writeString(corpus.resolve("a.md"), "> 本文内容由[Aa](https://zh.wikipedia.org/wiki/Aa)转换而来。\n\n"
        + "条约的正文\\[1\\]\\[2\\]。\n\n[Category:Test](../Page/Category:Test.md \"wikilink\")\n\n1.  \n2.  有文字的注释\n");
    Path idx = tmp.resolve("fn-index");
    Indexer.build(corpus, idx, Indexer.Progress.NONE, p -> { throw new AssertionError(p); });
    CliRun json = CliRun.run("search", "--index", idx.toString(), "--format", "jsonl", "条约");
    JsonNode hit = ShownPassages.JSON.readTree(json.out().lines().findFirst().orElseThrow());
    assertEquals("[1,2]", hit.get("refs").toString(), json.out());
    assertEquals("", hit.get("footnotes").get(0).get("text").asText());
    CliRun text = CliRun.run("search", "--index", idx.toString(), "条约");
    assertFalse(text.out().contains("[1]"), text.out());
    assertTrue(text.out().contains("[2] 有文字的注释"), text.out());
  }

  private static String terminal(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = Main.run(args, new Io(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), env,
        true, false, null, null));
    assertEquals(0, exit);
    return out.toString(StandardCharsets.UTF_8);
  }
}
