package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;

/**
 * Issue 11: {@code colloc} and {@code freq} on a corpus whose counts are known by construction:
 * Latin words, one word per space-separated token (smartcn keeps a run of letters as one word), and
 * a Chinese article for the character n-grams. The log-likelihood, MI and logDice of one pair are
 * computed here by hand from the 2x2 table.
 */
class CollocFreqTest {
  @TempDir static Path tmp;
  static String index;
  static String chinese;

  static final String[][] ARTICLES = {
    {"a1", "kappa lambda treaty mu nu", "lambda treaty kappa", "mu mu mu xi"},
    {"a2", "xi xi lambda omicron", "treaty lambda"},
  };

  static void write(Path dir, String id, String... paragraphs) throws Exception {
    StringBuilder md = new StringBuilder("> 本文内容由[" + id + "](https://zh.wikipedia.org/wiki/" + id + ")转换而来。\n");
    for (String p : paragraphs) {
      md.append('\n').append(p).append('\n');
    }
    Files.writeString(dir.resolve(id + ".md"), md.toString());
  }

  static String build(String name, String[][] articles) throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve(name));
    for (String[] a : articles) {
      write(corpus, a[0], java.util.Arrays.copyOfRange(a, 1, a.length));
    }
    Path idx = tmp.resolve(name + "-index");
    Indexer.build(corpus, idx, Indexer.Progress.NONE, p -> { throw new AssertionError(p); });
    return idx.toString();
  }

  @BeforeAll
  static void corpora() throws Exception {
    index = build("latin", ARTICLES);
    chinese = build("han", new String[][] {{"c1", "條約条约，和平。", "和平條約"}});
  }

  /** Counts of the words of the given paragraphs (space-separated), most frequent first, ties by word. */
  static Map<String, Long> counted(List<String> paragraphs) {
    Map<String, Long> counts = new java.util.TreeMap<>();
    for (String p : paragraphs) {
      for (String w : p.split(" ")) {
        counts.merge(w, 1L, Long::sum);
      }
    }
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    Map<String, Long> out = new LinkedHashMap<>();
    sorted.forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  static List<String> all() {
    List<String> p = new ArrayList<>();
    for (String[] a : ARTICLES) {
      p.addAll(List.of(a).subList(1, a.length));
    }
    return p;
  }

  static Map<String, Long> run(String... args) throws Exception {
    CliRun r = CliRun.run(args);
    assertEquals(0, r.exit(), r.err());
    Map<String, Long> out = new LinkedHashMap<>();
    for (String line : r.out().lines().toList()) {
      JsonNode n = ShownPassages.JSON.readTree(line);
      assertEquals(List.of("word", "count"), KwicTest.keys(n));
      out.put(n.get("word").asText(), n.get("count").asLong());
    }
    return out;
  }

  @Test
  void freqOfTheWholeIndex() throws Exception {
    Map<String, Long> expected = counted(all());
    assertEquals(new ArrayList<>(expected.entrySet()),
        new ArrayList<>(run("freq", "--index", index, "--format", "jsonl").entrySet()));
    Map<String, Long> top3 = run("freq", "--index", index, "--format", "jsonl", "-n", "3");
    assertEquals(new ArrayList<>(expected.entrySet()).subList(0, 3), new ArrayList<>(top3.entrySet()));
  }

  @Test
  void freqOfTheMatchingPassagesAndOfAnArticle() throws Exception {
    List<String> withTreaty = all().stream().filter(p -> List.of(p.split(" ")).contains("treaty")).toList();
    assertEquals(new ArrayList<>(counted(withTreaty).entrySet()),
        new ArrayList<>(run("freq", "--index", index, "--format", "jsonl", "treaty").entrySet()));
    assertEquals(new ArrayList<>(counted(List.of(ARTICLES[1]).subList(1, 3)).entrySet()),
        new ArrayList<>(run("freq", "--index", index, "--format", "jsonl", "--article", "a2").entrySet()));
  }

  @Test
  void freqOfCharacterBigramsFoldsAndStopsAtPunctuation() throws Exception {
    // 條約条约，和平。 / 和平條約, folded: 条约条约 和平 / 和平条约
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("条约", 3L);
    expected.put("和平", 2L);
    expected.put("平条", 1L);
    expected.put("约条", 1L);
    assertEquals(new ArrayList<>(expected.entrySet()),
        new ArrayList<>(run("freq", "--index", chinese, "--format", "jsonl", "--ngrams", "2").entrySet()));
  }

  @Test
  void collocatesInATwoWordWindow() throws Exception {
    // windows of 2:2 around the three "treaty": [kappa lambda]·[mu nu], [lambda]·[kappa], []·[lambda]
    long window = 7;
    long total = all().stream().mapToLong(p -> p.split(" ").length).sum(); // 18
    Map<String, long[]> expected = Map.of("lambda", new long[] {3, 4}, "kappa", new long[] {2, 2},
        "mu", new long[] {1, 4}, "nu", new long[] {1, 1});
    CliRun r = CliRun.run("colloc", "--index", index, "--format", "jsonl", "--window", "2:2", "--min", "1", "treaty");
    assertEquals(0, r.exit(), r.err());
    List<JsonNode> rows = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      rows.add(ShownPassages.JSON.readTree(line));
    }
    assertEquals(expected.keySet(), new java.util.HashSet<>(rows.stream().map(n -> n.get("word").asText()).toList()));
    double previous = Double.POSITIVE_INFINITY;
    for (JsonNode n : rows) {
      assertEquals(List.of("word", "cooc", "freq", "score"), KwicTest.keys(n));
      long[] e = expected.get(n.get("word").asText());
      assertEquals(e[0], n.get("cooc").asLong(), n.toString());
      assertEquals(e[1], n.get("freq").asLong(), n.toString());
      assertTrue(n.get("score").asDouble() <= previous, "ranked by score");
      previous = n.get("score").asDouble();
    }
    // lambda: O11 = 3 of the 7 window words; lambda occurs 4 times among the 18 words
    double o11 = 3;
    double o12 = window - 3;
    double o21 = 4 - 3;
    double o22 = total - window - o21;
    double n = total;
    double e11 = (o11 + o12) * (o11 + o21) / n;
    double e12 = (o11 + o12) * (o12 + o22) / n;
    double e21 = (o21 + o22) * (o11 + o21) / n;
    double e22 = (o21 + o22) * (o12 + o22) / n;
    double ll = 2 * (o11 * Math.log(o11 / e11) + o12 * Math.log(o12 / e12) + o21 * Math.log(o21 / e21) + o22 * Math.log(o22 / e22));
    assertEquals(round(ll), score(rows, "lambda"), 1e-9);
    assertEquals(round(Math.log(o11 / e11) / Math.log(2)), score(jsonl("--measure", "mi"), "lambda"), 1e-9);
    assertEquals(round(14 + Math.log(2 * 3.0 / (3 + 4)) / Math.log(2)), score(jsonl("--measure", "logdice"), "lambda"), 1e-9);
  }

  @Test
  void minAndLimitAndTheDefaultWindow() throws Exception {
    // with 5:5 every other word of the three passages is in a window: kappa 2, lambda 3, mu 1, nu 1
    CliRun r = CliRun.run("colloc", "--index", index, "--format", "tsv", "--min", "2", "treaty");
    assertEquals(0, r.exit(), r.err());
    List<String> words = r.out().lines().map(l -> l.split("\t")[0]).sorted().toList();
    assertEquals(List.of("kappa", "lambda"), words);
    CliRun one = CliRun.run("colloc", "--index", index, "--format", "tsv", "-n", "1", "--min", "1", "treaty");
    assertEquals(1, one.out().lines().count());
    CliRun none = CliRun.run("colloc", "--index", index, "absent");
    assertEquals(1, none.exit());
    CliRun bad = CliRun.run("colloc", "--index", index, "--window", "5", "treaty");
    assertEquals(2, bad.exit());
    assertTrue(bad.err().startsWith("treaty: --window must be L:R"), bad.err());
  }

  @Test
  void textTablesAlignTheColumns() throws Exception {
    CliRun r = CliRun.run("freq", "--index", chinese, "--ngrams", "2");
    List<String> lines = r.out().lines().toList();
    assertEquals("word  count", lines.get(0));
    assertEquals("条约      3", lines.get(1), "条约 is four columns wide");
  }

  static List<JsonNode> jsonl(String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("colloc", "--index", index, "--format", "jsonl", "--window", "2:2", "--min", "1"));
    args.addAll(List.of(options));
    args.add("treaty");
    List<JsonNode> rows = new ArrayList<>();
    for (String line : CliRun.run(args.toArray(String[]::new)).out().lines().toList()) {
      rows.add(ShownPassages.JSON.readTree(line));
    }
    return rows;
  }

  static double score(List<JsonNode> rows, String word) {
    return rows.stream().filter(n -> n.get("word").asText().equals(word)).findFirst().orElseThrow().get("score").asDouble();
  }

  static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }
}
