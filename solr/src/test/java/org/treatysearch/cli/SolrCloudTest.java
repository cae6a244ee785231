package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.common.cloud.DocCollection;
import org.apache.solr.common.cloud.Replica;
import org.apache.solr.common.cloud.Slice;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 13: a real SolrCloud cluster (2 nodes, the treaty collection in 2 shards x 2 replicas,
 * the configset of this module), filled through the CLI's Solr path with the 27 test articles,
 * answers as the embedded index of the same articles does: the judged queries' top 10, export's
 * sets, highlights, date: queries, batch, kwic, dist, show, stats, the user's alias tables; a
 * failed index run changes nothing; with one node stopped still every query answers, completely.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudTest {
  static final Path ARTICLES = Path.of("../core/src/test/resources/articles");
  static final Path JUDGED = Path.of("../core/src/test/resources/judged-queries.tsv");
  static final Path CONFIGSET = Path.of("src/main/resources/configsets/treaty/conf");
  static final String COLLECTION = "treaty";
  /** Every passage and footnote (over 900 of the 27 articles): more than one cursorMark page of 500. */
  static final String EVERY_HIT = "kind:paragraph OR kind:list-item OR kind:quote OR kind:table-row OR kind:footnote";

  /** date: queries besides the judged ones: a year, a month, a range, open ranges, alone and with words. */
  static final List<String> DATES = List.of("date:1945", "date:1945-08 蘇聯", "date:1911..1915 外蒙古",
      "date:..1900 條約", "date:1950.. 中苏", "date:1945-02-04..1945-02-11");
  /** An article, a passage, a footnote and a folded article id (show). */
  static final List<String> ITEMS = List.of("雅尔塔会议", "雅尔塔会议#3", "000_5301e45dfe16a7cc#fn1", "雅爾塔會議");

  @TempDir static Path tmp;
  static Path corpus;
  static MiniSolrCloudCluster cluster;
  static String index;
  static String solr;
  static List<String> queries;

  @BeforeAll
  static void clusterAndIndexes() throws Exception {
    corpus = TestCorpus.corpus(tmp.resolve("corpus"), ARTICLES.resolve("seeds"), ARTICLES.resolve("extra"));
    index = tmp.resolve("index").toString();
    assertEquals(0, CliRun.run("index", "--corpus", corpus.toString(), "--index", index).exit());

    cluster = new MiniSolrCloudCluster.Builder(2, tmp.resolve("cluster")).addConfig(COLLECTION, CONFIGSET).build();
    CollectionAdminRequest.createCollection(COLLECTION, COLLECTION, 2, 2).process(cluster.getSolrClient());
    cluster.waitForActiveCollection(COLLECTION, 2, 4);
    // the node this test talks to; node 1 is the one stopped later
    solr = cluster.getJettySolrRunner(0).getBaseUrl() + "/" + COLLECTION;

    CliRun indexed = CliRun.run("index", "--corpus", corpus.toString(), "--solr", solr);
    assertEquals(0, indexed.exit(), indexed.err());
    assertTrue(indexed.err().startsWith("treaty: indexed 27 articles ("), indexed.err());

    List<String> qs = new ArrayList<>();
    try (Stream<String> lines = Files.lines(JUDGED, StandardCharsets.UTF_8)) {
      lines.filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")[0]).distinct().forEach(qs::add);
    }
    qs.addAll(DATES);
    queries = qs;
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
  }

  static CliRun cli(String... args) {
    return CliRun.run(Map.of(), new byte[0], args);
  }

  /** The same command against the embedded index and against the cluster. */
  static void sameAnswer(String what, String... args) {
    sameAnswerTo("", what, args);
  }

  /** {@link #sameAnswer} with {@code stdin}: the same output, exit code and error lines. */
  static void sameAnswerTo(String stdin, String what, String... args) {
    List<String> local = new ArrayList<>(List.of(args));
    local.add(1, "--index=" + index);
    List<String> remote = new ArrayList<>(List.of(args));
    remote.add(1, "--solr=" + solr);
    byte[] in = stdin.getBytes(StandardCharsets.UTF_8);
    CliRun expected = CliRun.run(Map.of(), in, local.toArray(String[]::new));
    CliRun actual = CliRun.run(Map.of(), in, remote.toArray(String[]::new));
    assertEquals(expected.err(), actual.err(), what + ": " + String.join(" ", remote));
    assertEquals(expected.exit(), actual.exit(), what + ": " + String.join(" ", remote));
    assertEquals(expected.out(), actual.out(), what + ": " + String.join(" ", remote));
  }

  @Test
  @Order(1)
  void judgedQueriesHaveTheSameTopTen() {
    assertTrue(queries.size() >= 30, "judged queries: " + queries.size());
    for (String q : queries) {
      sameAnswer("top-10 ids", "search", "-l", "-n", "10", q);
    }
  }

  @Test
  @Order(2)
  void hitsAreTheSameRecordsWithTheSameHighlights() {
    for (String q : queries) {
      // jsonl carries every field of a hit: rank, score, text, highlights, links, footnotes
      sameAnswer("jsonl hits", "search", "--format", "jsonl", "-n", "10", q);
    }
  }

  @Test
  @Order(3)
  void exportReturnsTheSameSets() {
    for (String q : queries) {
      sameAnswer("export", "export", "--format", "jsonl", q);
    }
    // a query that matches more than one cursorMark page (500) of passages
    CliRun all = cli("export", "--solr=" + solr, "--format", "tsv", EVERY_HIT);
    assertTrue(all.out().lines().count() > 500, "lines: " + all.out().lines().count());
    sameAnswer("export of more than one page", "export", "--format", "jsonl", EVERY_HIT);
    sameAnswer("count", "search", "-c", EVERY_HIT);
  }

  @Test
  @Order(4)
  void filtersAndErrorsAreTheSame() {
    sameAnswer("kind filter", "search", "-l", "--kind", "footnote", "條約");
    sameAnswer("section filter", "search", "-l", "--section", "背景", "蘇聯");
    sameAnswer("nothing found", "search", "-l", "zzzzqqqq");
    // appendix passages: demoted in the ranking (jsonl has the scores), left out on request
    sameAnswer("appendix demoted", "search", "--format", "jsonl", "-n", "30", "雅尔塔会议");
    sameAnswer("no appendix", "search", "--format", "jsonl", "-n", "30", "--no-appendix", "雅尔塔会议");
    // article ids fold like words, in the option and in the query
    sameAnswer("article filter", "search", "--format", "jsonl", "--article", "雅爾塔會議", "斯大林");
    sameAnswer("article: in the query", "search", "--format", "jsonl", "article:雅爾塔會議 OR article:中苏交恶 斯大林");
    CliRun unknown = cli("search", "--solr=" + solr, "--article", "nonexistent", "斯大林");
    assertEquals(2, unknown.exit());
    assertEquals(cli("search", "--index=" + index, "--article", "nonexistent", "斯大林").err(), unknown.err());
    // highlights of wildcards and proximity: one span per match, as the Matches API gives them
    sameAnswer("wildcard highlights", "search", "--format", "jsonl", "雅?塔");
    sameAnswer("proximity highlights", "search", "--format", "jsonl", "\"外蒙古 獨立\"~5");
    sameAnswer("a query that does not parse (exit 2, the same line)", "search", "\"外蒙古");
  }

  @Test
  @Order(5)
  void dateQueriesHaveTheSameTopTen() {
    assertTrue(queries.stream().filter(q -> q.contains("date:")).count() >= 8, "date: queries: " + queries);
    for (String q : queries) {
      if (q.contains("date:")) {
        CliRun local = cli("search", "--index=" + index, "-l", "-n", "10", q);
        assertEquals(0, local.exit(), q + " finds passages in the embedded index");
        sameAnswer("date: top 10", "search", "--format", "jsonl", "-n", "10", q);
        sameAnswer("date: export", "export", "--format", "tsv", q);
      }
    }
    sameAnswer("a date that does not parse (exit 2, the same line)", "search", "date:1945-13");
  }

  @Test
  @Order(6)
  void batchAnswersEveryLineAsEmbedded() {
    String lines = String.join("\n", queries) + "\n";
    sameAnswerTo(lines, "batch jsonl", "batch", "-n", "5");
    sameAnswerTo(lines, "batch tsv", "batch", "--format", "tsv", "-n", "3");
    sameAnswerTo(lines, "batch counts", "batch", "-c");
    // a line that finds nothing, a line that does not parse (exit 2, its number on stderr), blank lines
    sameAnswerTo("外蒙古\n\nzzzzqqqq\n\"外蒙古\n雅尔塔会议\n", "batch with a bad line", "batch", "-n", "2");
  }

  @Test
  @Order(7)
  void kwicAndDistCountTheSameOccurrences() {
    for (String q : queries) {
      sameAnswer("kwic", "kwic", "--format", "jsonl", q);
      sameAnswer("dist", "dist", "--format", "tsv", q);
    }
    sameAnswer("kwic text", "kwic", "--width", "8", "外蒙古");
    sameAnswer("kwic sorted", "kwic", "--sort", "left", "--format", "tsv", "條約");
    sameAnswer("kwic filtered", "kwic", "--format", "jsonl", "--kind", "footnote", "條約");
    sameAnswer("dist by section", "dist", "--by", "section", "--format", "jsonl", "外蒙古");
    sameAnswer("dist chart", "dist", "雅尔塔会议");
    sameAnswer("dist chart by section", "dist", "--by", "section", "外蒙古 獨立");
    sameAnswer("nothing to count", "kwic", "zzzzqqqq");
  }

  @Test
  @Order(8)
  void showStatsAndContextReadTheSameArticles() {
    for (String id : ITEMS) {
      sameAnswer("show " + id, "show", id);
      sameAnswer("show json " + id, "show", "--format", "json", id);
    }
    List<String> several = new ArrayList<>(List.of("show"));
    several.addAll(ITEMS);
    sameAnswer("show several", several.toArray(String[]::new));
    for (String format : List.of("text", "csl-json", "bibtex")) {
      sameAnswer("cite " + format, "cite", "--format", format, "雅尔塔会议", "雅尔塔会议#3");
    }
    // an id that names nothing: exit 1, the same line on stderr (with the same suggestions)
    sameAnswer("show a missing id", "show", "雅尔塔会议", "雅尔塔");
    sameAnswer("stats", "stats");
    sameAnswer("stats json", "stats", "--format", "json");
    sameAnswer("context passages", "search", "--format", "jsonl", "-C", "2", "外蒙古 公民投票");
    sameAnswer("context text", "search", "-B", "1", "-n", "3", "雅尔塔会议");
  }

  @Test
  @Order(9)
  void userAliasTablesExpandOnTheShardsToo() throws Exception {
    Path table = tmp.resolve("my-aliases.tsv");
    // a group the shipped table does not have: Yalta and Crimea, Outer Mongolia and Khalkha
    Files.writeString(table, "# test table\n雅尔塔|克里米亚\tthis test\n外蒙古|喀尔喀\n", StandardCharsets.UTF_8);
    String file = "--aliases=" + table;
    CliRun without = cli("search", "--index=" + index, "-l", "-n", "30", "克里米亚");
    CliRun with = cli("search", "--index=" + index, "-l", "-n", "30", file, "克里米亚");
    assertTrue(with.out().lines().count() > without.out().lines().count(), with.out() + "\n---\n" + without.out());
    for (String q : List.of("克里米亚", "喀尔喀 独立", "克里米亚 OR 喀尔喀", "\"克里米亚 会议\"")) {
      sameAnswer("user table", "search", "--format", "jsonl", "-n", "10", file, q);
      sameAnswer("user table, export", "export", "--format", "tsv", file, q);
      sameAnswer("user table, kwic", "kwic", "--format", "tsv", file, q);
    }
    sameAnswerTo("克里米亚\n喀尔喀\n", "user table, batch", "batch", "-n", "3", file);
    for (String q : List.of("斯大林", "史達林 雅尔塔")) {
      sameAnswer("shipped table", "search", "--format", "jsonl", "-n", "10", q);
      sameAnswer("no aliases", "search", "--format", "jsonl", "-n", "10", "--no-aliases", q);
    }
  }

  @Test
  @Order(10)
  void aFailedIndexRunLeavesTheCollectionAnsweringAsBefore() throws Exception {
    List<String> probes = List.of("外蒙古 公民投票", "雅尔塔会议", "date:1945", EVERY_HIT);
    List<String> before = new ArrayList<>();
    for (String q : probes) {
      before.add(cli("export", "--solr=" + solr, "--format", "tsv", q).out());
    }
    // the test articles, then one Solr cannot take: a link target of 12,000 Han characters is one
    // term of 36,000 UTF-8 bytes in the link field, over Lucene's 32,766. It sorts last, so the
    // other articles' documents were sent (over 900: at least one update request) when it fails.
    Path broken = TestCorpus.corpus(tmp.resolve("broken"), ARTICLES.resolve("seeds"), ARTICLES.resolve("extra"));
    Files.writeString(broken.resolve("zzz.md"), "一篇[条约](../Page/" + "条".repeat(12_000) + ".md \"wikilink\")。\n",
        StandardCharsets.UTF_8);
    CliRun failed = cli("index", "--corpus", broken.toString(), "--solr", solr);
    assertEquals(2, failed.exit(), failed.err());
    assertTrue(failed.err().startsWith("treaty: Solr at " + solr + " could not answer"), failed.err());
    assertEquals(1, failed.errLines(), failed.err());
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < probes.size(); i++) {
        assertEquals(before.get(i), cli("export", "--solr=" + solr, "--format", "tsv", probes.get(i)).out(),
            (round == 0 ? "after the failed run: " : "after a commit: ") + probes.get(i));
      }
      // a commit by anyone (another client, a restart) makes nothing of the failed run visible either
      new org.apache.solr.client.solrj.request.UpdateRequest().commit(cluster.getSolrClient(), COLLECTION);
    }
    sameAnswer("count after the failed run", "search", "-c", EVERY_HIT);
  }

  /** wt=treaty on a coordinating node, whose documents are the shards' merged: the CLI's jsonl and tsv. */
  @Test
  @Order(11)
  void theResponseWriterPrintsTheCliBytesFromMergedShards() throws Exception {
    for (String q : List.of("外蒙古 公民投票", "kind:footnote 紐約時報", "section:參見 條約")) {
      for (String format : List.of("jsonl", "tsv")) {
        CliRun expected = cli("search", "--index=" + index, "--format", format, "--no-aliases", q);
        var got = ResponseWriterTest.selectAt(solr, "q", q, "wt", "treaty", "treaty.format", format);
        assertEquals(200, got.statusCode(), got.body());
        assertEquals(expected.out(), got.body(), format + " " + q);
      }
    }
  }

  /**
   * Not a check: prints the in-process latency of {@code search -n 10 --format jsonl} over the
   * judged queries, embedded index vs the cluster (README "Running on SolrCloud" quotes it).
   */
  @Test
  @Order(11)
  void printLatencyEmbeddedVsCloud() {
    for (String where : List.of("--index=" + index, "--solr=" + solr)) {
      for (String q : queries) {
        cli("search", where, "--format", "jsonl", q); // warm-up round
      }
    }
    for (String where : List.of("--index=" + index, "--solr=" + solr)) {
      List<Double> ms = new ArrayList<>();
      for (int round = 0; round < 5; round++) {
        for (String q : queries) {
          long start = System.nanoTime();
          cli("search", where, "--format", "jsonl", q);
          ms.add((System.nanoTime() - start) / 1e6);
        }
      }
      ms.sort(null);
      System.out.printf(java.util.Locale.ROOT, "latency %s: %d queries, median %.1f ms, p90 %.1f ms%n",
          where.startsWith("--index") ? "embedded" : "SolrCloud 2x2", ms.size(), ms.get(ms.size() / 2), ms.get(ms.size() * 9 / 10));
    }
  }

  @Test
  @Order(12)
  void withOneNodeStoppedEveryQueryStillAnswersCompletely() throws Exception {
    // each shard must have a replica on each node, or stopping one node would lose a shard
    DocCollection before = cluster.getSolrClient().getClusterState().getCollection(COLLECTION);
    for (Slice slice : before.getSlices()) {
      Set<String> nodes = new HashSet<>();
      slice.getReplicas().forEach(r -> nodes.add(r.getNodeName()));
      assertEquals(2, nodes.size(), "replicas of " + slice.getName() + " on both nodes: " + slice);
    }
    JettySolrRunner stopped = cluster.stopJettySolrRunner(1);
    cluster.waitForJettyToStop(stopped);
    String live = cluster.getJettySolrRunner(0).getNodeName();
    cluster.getZkStateReader().waitForState(COLLECTION, 60, TimeUnit.SECONDS, (liveNodes, c) -> c != null
        && c.getSlices().stream().allMatch(s -> s.getLeader() != null && s.getLeader().getNodeName().equals(live)
            && s.getLeader().getState() == Replica.State.ACTIVE));
    for (String q : queries) {
      sameAnswer("one node down: top 10", "search", "--format", "jsonl", "-n", "10", q);
      sameAnswer("one node down: export", "export", "--format", "tsv", q);
      sameAnswer("one node down: kwic", "kwic", "--format", "tsv", q);
    }
    sameAnswerTo(String.join("\n", queries), "one node down: batch", "batch", "-n", "3");
    sameAnswer("one node down: stats", "stats", "--format", "json");
  }

  @Test
  @Order(13)
  void anUnreachableSolrIsOneLine() {
    CliRun r = cli("search", "--solr=http://127.0.0.1:1/solr/treaty", "外蒙古");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("treaty: cannot reach Solr at http://127.0.0.1:1/solr/treaty: "), r.err());
    assertEquals(1, r.errLines(), r.err());
  }
}
