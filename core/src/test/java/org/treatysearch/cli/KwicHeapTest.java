package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 11: {@code kwic} streams its lines, so its memory stays flat however many occurrences
 * there are. The 27 test articles are copied 12 times (324 articles, 11,064 passages and
 * footnotes), and a concordance of five common characters with 200 characters of context on each
 * side (82,536 lines, ~70 MB of output) runs in a child JVM with a 64 MB heap.
 *
 * <p>Why this corpus and width: collecting the lines first, as {@code --sort right} must, runs
 * out of memory at -Xmx64m on exactly this run (measured: exit 2, OutOfMemoryError), while the
 * streamed document order passes. So this test fails if kwic stops streaming.
 */
class KwicHeapTest {
  static final String QUERY = "的 OR 年 OR 国 OR 中 OR 在";
  @TempDir static Path tmp;
  static Path index;

  @BeforeAll
  static void buildRepeatedCorpus() throws Exception {
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    List<Path> articles = new ArrayList<>(TestCorpus.articleFiles(TestCorpus.SEEDS));
    articles.addAll(TestCorpus.articleFiles(TestCorpus.EXTRA));
    for (int copy = 0; copy < 12; copy++) {
      for (Path article : articles) {
        Files.copy(article, corpus.resolve(String.format("c%02d_%s", copy, article.getFileName())));
      }
    }
    index = tmp.resolve("index");
    Indexer.build(corpus, index, Indexer.Progress.NONE, p -> { throw new AssertionError(p); });
  }

  @Test
  void aLongConcordanceStreamsInA64MegabyteHeap() throws Exception {
    // the expected count, in-process with the test's heap: 12 times that of one copy
    long perCopy = CliRun.run("kwic", "--index", index.toString(), "--format", "tsv", "--article", "c00_"
        + TestCorpus.TREATY_1945, QUERY).out().lines().count();
    List<String> command = new ArrayList<>(ChildProcess.treatyCommand("-Xmx64m", "-XX:+UseSerialGC"));
    command.addAll(List.of("kwic", "--index", index.toString(), "--format", "jsonl", "--width", "200", QUERY));
    ChildProcess.Result r = ChildProcess.run(command, tmp, null, Map.of(), null);
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    String out = r.out();
    long lines = out.lines().count();
    assertTrue(lines > 50_000, lines + " lines");
    assertEquals(12 * perCopy, out.lines().filter(l -> l.contains("\"article\":\"c") && l.contains("_" + TestCorpus.TREATY_1945 + "\"")).count());
  }
}
