package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/** {@code treaty timeline} through the CLI, in-process, on the index of the 27 test articles. */
class TimelineTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String index;

  @BeforeAll
  static void build() {
    index = SharedIndex.index().toString();
  }

  private static List<JsonNode> jsonl(String... query) throws Exception {
    String[] args = new String[query.length + 5];
    args[0] = "timeline";
    args[1] = "--index";
    args[2] = index;
    args[3] = "--format";
    args[4] = "jsonl";
    System.arraycopy(query, 0, args, 5, query.length);
    CliRun run = CliRun.run(args);
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  @Test
  void datedPassagesInDateOrderWithTheHitKeys() throws Exception {
    List<JsonNode> rows = jsonl("璦琿條約");
    List<String> keys = new ArrayList<>();
    rows.get(0).fieldNames().forEachRemaining(keys::add);
    List<String> want = new ArrayList<>(List.of("date", "expression"));
    want.addAll(ExportTest.JSONL_KEYS);
    assertEquals(want, keys);
    for (int i = 1; i < rows.size(); i++) {
      String before = rows.get(i - 1).get("date").asText();
      String now = rows.get(i).get("date").asText();
      assertTrue(before.substring(0, 4).compareTo(now.substring(0, 4)) <= 0, before + " then " + now);
    }
    for (JsonNode row : rows) {
      // every entry's expression stands in its text at one of its dates' offsets
      boolean found = false;
      for (JsonNode d : row.get("dates")) {
        String text = row.get("text").asText();
        int from = text.offsetByCodePoints(0, d.get("start").asInt());
        String at = text.substring(from, text.offsetByCodePoints(from, d.get("end").asInt() - d.get("start").asInt()));
        assertEquals(d.get("expression").asText(), at);
        found |= d.get("date").asText().equals(row.get("date").asText()) && at.equals(row.get("expression").asText());
      }
      assertTrue(found, row.toString());
    }
    // 璦琿條約#1: "1858年5月28日（咸丰八年四月十六日…）" is one entry of 1858-05-28
    assertTrue(rows.stream().anyMatch(r -> r.get("id").asText().equals("璦琿條約#1")
        && r.get("date").asText().equals("1858-05-28")));
  }

  @Test
  void textHasAHistogramPerYear() throws Exception {
    List<JsonNode> rows = jsonl("外蒙古", "公民投票");
    Map<String, Integer> perYear = new TreeMap<>();
    for (JsonNode r : rows) {
      perYear.merge(r.get("date").asText().substring(0, 4), 1, Integer::sum);
    }
    CliRun text = CliRun.run("timeline", "--index", index, "外蒙古", "公民投票");
    assertEquals(0, text.exit(), text.err());
    String histogram = text.out().substring(text.out().indexOf("\nper year:\n") + 11);
    List<String> lines = histogram.lines().toList();
    assertEquals(perYear.size(), lines.size(), histogram);
    int max = perYear.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    for (String line : lines) {
      String year = line.substring(0, 4);
      int n = Integer.parseInt(line.substring(line.lastIndexOf(' ') + 1));
      assertEquals(perYear.get(year), n, line);
      long blocks = line.chars().filter(c -> c == '█').count();
      assertEquals(Math.max(1, Math.round((double) n * 40 / max)), blocks, line);
    }
    assertTrue(text.out().startsWith(rows.get(0).get("date").asText()), text.out().substring(0, 40));
  }

  @Test
  void tsvStartsWithDateAndExpression() {
    CliRun tsv = CliRun.run("timeline", "--index", index, "--format", "tsv", "光緒");
    assertEquals(0, tsv.exit(), tsv.err());
    for (String line : tsv.out().split("\n")) {
      String[] f = line.split("\t", -1);
      assertEquals(7, f.length, line);
      assertTrue(f[0].matches("\\d{4}(-\\d{2}(-\\d{2})?)?"), f[0]);
      assertTrue(f[6].contains(f[1]), line);
    }
    // 光緒二十二年（1896年）四月: the lunar month stands, not also the year that holds it
    assertTrue(tsv.out().contains("1896-05\t四月\t华俄道胜银行#2\t"), tsv.out());
    assertTrue(!tsv.out().contains("\t光緒二十二年\t华俄道胜银行#2\t"), tsv.out());
  }

  @Test
  void nothingDatedIsExitOneAndABadFormatIsAnError() {
    CliRun none = CliRun.run("timeline", "--index", index, "zzzzqqq");
    assertEquals(1, none.exit(), none.err());
    assertEquals("", none.out());
    CliRun bad = CliRun.run("timeline", "--index", index, "--format", "csv", "外蒙古");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("treaty: "), bad.err());
  }
}
