package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 11: {@code treaty dist} counts, per article and per section, what the test counts itself
 * over the passages read back with {@code show}: matching passages, occurrences, the characters of
 * the texts, matches per 10,000 characters.
 */
class DistTest {
  static final String WORD = "条约";
  static String index;
  static List<ShownPassages.Shown> passages;

  @BeforeAll
  static void readTheIndexBack() throws Exception {
    index = SharedIndex.index().toString();
    passages = ShownPassages.all(index);
  }

  /** article id (or id + " > " + section) → {passages, matches, chars}, in document order. */
  static Map<String, long[]> expected(boolean bySection) {
    Map<String, long[]> all = new LinkedHashMap<>();
    for (ShownPassages.Shown p : passages) {
      String key = bySection
          ? p.article() + " > " + String.join(" > ", p.kind().equals("footnote") ? List.of("Footnotes") : p.section())
          : p.article();
      long[] row = all.computeIfAbsent(key, k -> new long[3]);
      int n = ShownPassages.occurrences(p.text(), WORD).size();
      row[0] += n > 0 ? 1 : 0;
      row[1] += n;
      row[2] += ShownPassages.length(p.text());
    }
    all.values().removeIf(r -> r[1] == 0);
    return all;
  }

  static List<JsonNode> jsonl(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("dist", "--index", index, "--format", "jsonl"));
    all.addAll(List.of(args));
    CliRun r = CliRun.run(all.toArray(String[]::new));
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(ShownPassages.JSON.readTree(line));
    }
    return out;
  }

  @Test
  void perArticleCountsAgreeWithTheTexts() throws Exception {
    Map<String, long[]> expected = expected(false);
    List<JsonNode> rows = jsonl(WORD);
    assertEquals(new ArrayList<>(expected.keySet()), rows.stream().map(r -> r.get("article").asText()).toList());
    for (JsonNode r : rows) {
      assertEquals(List.of("article", "title", "passages", "matches", "chars", "per10k"), KwicTest.keys(r));
      long[] e = expected.get(r.get("article").asText());
      assertEquals(e[0], r.get("passages").asLong(), r.toString());
      assertEquals(e[1], r.get("matches").asLong(), r.toString());
      assertEquals(e[2], r.get("chars").asLong(), r.toString());
      assertEquals(Math.round(e[1] * 10_000.0 / e[2] * 100) / 100.0, r.get("per10k").asDouble(), 1e-9, r.toString());
    }
  }

  @Test
  void perSectionCountsAgreeWithTheTexts() throws Exception {
    Map<String, long[]> expected = expected(true);
    expected.keySet().removeIf(k -> !k.startsWith(TestCorpus.TREATY_1945 + " > "));
    List<JsonNode> rows = jsonl("--by", "section", "--article", TestCorpus.TREATY_1945, WORD);
    assertTrue(rows.size() > 3, rows.toString());
    Map<String, JsonNode> got = new LinkedHashMap<>();
    for (JsonNode r : rows) {
      List<String> path = new ArrayList<>();
      r.get("section").forEach(h -> path.add(h.asText()));
      got.put(r.get("article").asText() + " > " + String.join(" > ", path), r);
    }
    assertEquals(expected.keySet(), got.keySet());
    for (Map.Entry<String, long[]> e : expected.entrySet()) {
      JsonNode r = got.get(e.getKey());
      assertEquals(e.getValue()[0], r.get("passages").asLong(), e.getKey());
      assertEquals(e.getValue()[1], r.get("matches").asLong(), e.getKey());
      assertEquals(e.getValue()[2], r.get("chars").asLong(), e.getKey());
    }
  }

  @Test
  void textIsABarChartSortedByMatches() throws Exception {
    Map<String, long[]> expected = expected(false);
    CliRun r = CliRun.run(Map.of("COLUMNS", "100"), new byte[0], "dist", "--index", index, WORD);
    assertEquals(0, r.exit(), r.err());
    List<String> lines = r.out().lines().toList();
    // a header, two lines per article (bar, dispersion strip), a total
    assertEquals(1 + 2 * expected.size() + 1, lines.size(), r.out());
    List<Long> matches = new ArrayList<>();
    for (int i = 1; i < lines.size() - 1; i += 2) {
      String bar = lines.get(i);
      String[] cells = bar.trim().split(" +");
      matches.add(Long.parseLong(cells[cells.length - 2]));
      assertTrue(bar.contains("█"), bar);
      assertTrue(KwicTest.columns(bar) <= 100, bar);
      String strip = lines.get(i + 1);
      assertTrue(strip.trim().startsWith("[") && strip.endsWith("]") && strip.contains("│") || strip.contains("┃"), strip);
    }
    List<Long> sorted = new ArrayList<>(matches);
    sorted.sort((a, b) -> Long.compare(b, a));
    assertEquals(sorted, matches, "most matches first");
    long total = expected.values().stream().mapToLong(v -> v[1]).sum();
    long passagesTotal = expected.values().stream().mapToLong(v -> v[0]).sum();
    assertEquals(total + " matches in " + passagesTotal + " passages of " + expected.size() + " articles", lines.get(lines.size() - 1));
  }

  @Test
  void tsvHasTheSameColumns() throws Exception {
    CliRun r = CliRun.run("dist", "--index", index, "--format", "tsv", WORD);
    List<JsonNode> rows = jsonl(WORD);
    List<String> lines = r.out().lines().toList();
    assertEquals(rows.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      String[] f = lines.get(i).split("\t");
      assertEquals(rows.get(i).get("article").asText(), f[0]);
      assertEquals(rows.get(i).get("matches").asText(), f[3]);
      assertEquals(rows.get(i).get("chars").asText(), f[4]);
    }
  }
}
