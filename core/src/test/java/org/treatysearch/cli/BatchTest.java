package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/**
 * Issue 4: {@code batch} runs one query per stdin line in one process; blank lines are skipped, each
 * hit carries its query, a line that does not parse is one stderr line with its number while the
 * other lines still run (exit 2 at the end), and stdin that is not UTF-8 is exit 2 naming the line.
 */
class BatchTest {
  static CliRun batch(byte[] stdin, String... options) {
    List<String> args = new ArrayList<>(List.of("batch", "--index", SharedIndex.index().toString()));
    args.addAll(List.of(options));
    return CliRun.run(Map.of(), stdin, args.toArray(String[]::new));
  }

  static CliRun batch(String stdin, String... options) {
    return batch(stdin.getBytes(StandardCharsets.UTF_8), options);
  }

  static List<JsonNode> search(String query, int n) throws Exception {
    CliRun run = CliRun.run("search", "--index", SharedIndex.index().toString(), "--format", "jsonl", "-n",
        String.valueOf(n), query);
    assertEquals(0, run.exit(), run.err());
    return ExportTest.jsonLines(run.out());
  }

  @Test
  void goodLinesRunBadLinesAreReportedWithTheirNumbersAndExit2() throws Exception {
    String input = "外蒙古\n\n   \n\"unbalanced\n雅尔塔会议\r\n(外蒙古\n";
    CliRun run = batch(input, "-n", "3");
    assertEquals(2, run.exit());
    List<String> errors = run.err().lines().toList();
    assertEquals(2, errors.size(), run.err());
    assertTrue(errors.get(0).startsWith("treaty: line 4: "), errors.get(0));
    assertTrue(errors.get(1).startsWith("treaty: line 6: "), errors.get(1));

    List<JsonNode> rows = ExportTest.jsonLines(run.out());
    List<JsonNode> expected = new ArrayList<>();
    for (String query : List.of("外蒙古", "雅尔塔会议")) {
      for (JsonNode hit : search(query, 3)) {
        ObjectNode withQuery = ExportTest.JSON.createObjectNode().put("query", query);
        withQuery.setAll((ObjectNode) hit);
        expected.add(withQuery);
      }
    }
    assertEquals(6, expected.size());
    assertEquals(expected, rows, "each line's top 3, as search prints them, with the query");
    for (JsonNode row : rows) {
      assertEquals("query", row.fieldNames().next(), "query is the first key");
    }
  }

  @Test
  void tsvPutsTheQueryInTheFirstColumn() throws Exception {
    CliRun run = batch("外蒙古\n雅尔塔会议\n", "--format", "tsv", "-n", "4");
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    List<String> expected = new ArrayList<>();
    for (String query : List.of("外蒙古", "雅尔塔会议")) {
      CliRun search = CliRun.run("search", "--index", SharedIndex.index().toString(), "--format", "tsv", "-n", "4", query);
      search.out().lines().forEach(line -> expected.add(query + "\t" + line));
    }
    assertEquals(8, expected.size());
    assertEquals(expected, run.out().lines().toList());
  }

  @Test
  void aRepeatedLineIsAnsweredAsItsFirstOccurrenceAndABadOneNamesItsOwnLine() throws Exception {
    // answered once, then from the batch's memo of answers
    CliRun run = batch("外蒙古\n(外蒙古\n外蒙古\n(外蒙古\n", "--format", "tsv", "-n", "4");
    assertEquals(2, run.exit());
    List<String> errors = run.err().lines().toList();
    assertEquals(2, errors.size(), run.err());
    assertTrue(errors.get(0).startsWith("treaty: line 2: "), errors.get(0));
    assertTrue(errors.get(1).startsWith("treaty: line 4: "), errors.get(1));
    List<String> once = new ArrayList<>();
    CliRun search = CliRun.run("search", "--index", SharedIndex.index().toString(), "--format", "tsv", "-n", "4", "外蒙古");
    search.out().lines().forEach(line -> once.add("外蒙古\t" + line));
    assertEquals(4, once.size());
    List<String> expected = new ArrayList<>(once);
    expected.addAll(once);
    assertEquals(expected, run.out().lines().toList());
  }

  @Test
  void exitStatusLikeGrep() {
    CliRun nothing = batch("zzyzx\n\nqqxqq\n");
    assertEquals(1, nothing.exit(), nothing.err());
    assertEquals("{\"query\":\"zzyzx\",\"hits\":0}\n{\"query\":\"qqxqq\",\"hits\":0}\n", nothing.out());
    assertEquals("", nothing.err());
    assertEquals(1, batch("").exit(), "no queries, nothing found");
    assertEquals(0, batch("zzyzx\n外蒙古\n").exit(), "something found");
    assertEquals(2, batch("外蒙古\n)\n").exit(), "a bad line wins");
  }

  @Test
  void aByteOrderMarkAndCrLfAreNotPartOfTheQuery() throws Exception {
    CliRun run = batch("\uFEFF外蒙古\r\n", "-n", "1");
    assertEquals(0, run.exit(), run.err());
    assertEquals("外蒙古", ExportTest.jsonLines(run.out()).get(0).get("query").asText());
  }

  @Test
  void stdinThatIsNotUtf8StopsWithItsLineNumberAndExit2() throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    in.writeBytes("外蒙古\n\n雅尔塔会议\n".getBytes(StandardCharsets.UTF_8));
    in.writeBytes(new byte[] {(byte) 0xE5, (byte) 0xA4, '\n'}); // 外 cut short: line 4
    in.writeBytes("中蘇\n".getBytes(StandardCharsets.UTF_8));
    CliRun run = batch(in.toByteArray(), "-n", "2");
    assertEquals(2, run.exit());
    assertEquals("treaty: stdin line 4: not valid UTF-8\n", run.err());
    List<String> queries = ExportTest.jsonLines(run.out()).stream().map(r -> r.get("query").asText()).toList();
    assertEquals(List.of("外蒙古", "外蒙古", "雅尔塔会议", "雅尔塔会议"), queries, "the lines before it ran");

    CliRun latin1 = batch(new byte[] {'a', '\n', (byte) 0xE9, 't', (byte) 0xE9, '\n'});
    assertEquals(2, latin1.exit());
    assertEquals("treaty: stdin line 2: not valid UTF-8\n", latin1.err());
  }

  @Test
  void thousandsOfQueriesInOneRun() throws Exception {
    List<String> queries = List.of("外蒙古", "雅尔塔会议", "中蘇", "條約 批准", "zzyzx");
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      input.append(queries.get(i % queries.size())).append('\n');
    }
    CliRun run = batch(input.toString(), "--format", "tsv", "-n", "2");
    assertEquals(0, run.exit(), run.err());
    assertEquals(400 * 4 * 2 + 400, run.out().lines().count(),
        "two hits for each of the four queries that match, one no-hit line for each zzyzx");
  }

  /** Issue 14: every query leaves a trace, and -c counts each one, zeros included. */
  @Test
  void aQueryThatFindsNothingSaysSoInJsonlAndTsv() throws Exception {
    CliRun jsonl = batch("zzyzx\n外蒙古\n", "-n", "2");
    assertEquals(0, jsonl.exit(), jsonl.err());
    List<JsonNode> rows = ExportTest.jsonLines(jsonl.out());
    assertEquals(3, rows.size(), jsonl.out());
    assertEquals(ExportTest.JSON.readTree("{\"query\": \"zzyzx\", \"hits\": 0}"), rows.get(0));
    assertEquals("外蒙古", rows.get(1).get("query").asText());

    CliRun tsv = batch("zzyzx\n外蒙古\n", "--format", "tsv", "-n", "2");
    List<String> lines = tsv.out().lines().toList();
    assertEquals(3, lines.size(), tsv.out());
    String[] none = lines.get(0).split("\t", -1);
    assertEquals(6, none.length, "as many columns as a hit line: " + lines.get(0));
    assertEquals("zzyzx", none[0]);
    assertEquals("", none[1], "an empty id");
    assertEquals(6, lines.get(1).split("\t", -1).length);
  }

  @Test
  void countPrintsQueryTabCountPerLineZerosIncluded() throws Exception {
    List<String> queries = List.of("外蒙古", "zzyzx", "雅尔塔会议", "kind:footnote 紐約時報");
    CliRun run = batch(String.join("\n", queries) + "\n\n", "-c");
    assertEquals(0, run.exit(), run.err());
    List<String> expected = new ArrayList<>();
    for (String q : queries) {
      // an independent count: every match, as export lists them
      CliRun export = CliRun.run("export", "--index", SharedIndex.index().toString(), "--format", "jsonl", q);
      expected.add(q + "\t" + export.out().lines().count());
    }
    assertEquals(expected, run.out().lines().toList());
    assertTrue(expected.contains("zzyzx\t0"), expected.toString());
    assertTrue(expected.stream().filter(l -> !l.endsWith("\t0")).count() >= 2, expected.toString());

    CliRun zeros = batch("zzyzx\nqqxqq\n", "--count");
    assertEquals(1, zeros.exit(), "nothing found");
    assertEquals("zzyzx\t0\nqqxqq\t0\n", zeros.out());
    CliRun bad = batch("外蒙古\n)\n", "-c");
    assertEquals(2, bad.exit());
    assertEquals(1, bad.out().lines().count(), "a line that does not parse has no count line: " + bad.out());
    assertTrue(bad.err().startsWith("treaty: line 2: "), bad.err());
  }
}
