package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.index.Indexer;
import org.treatysearch.search.Filters;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 6.4: a corpus folder full of hostile files next to the two real articles, indexed by a
 * real {@code treaty index} process with a 256 MB heap. Each bad file is named on stderr in one
 * line and skipped; odd but valid files (a 10 MB line, 100k nested brackets, quotes, lists,
 * emphasis, HTML, wiki markup) are indexed; other names are ignored without a word; the index of
 * the rest is written and clean; exit 2.
 */
class HostileFilesTest {
  static final String HEAP = "256m";

  @TempDir Path tmp;

  @Test
  void badFilesAreNamedAndSkippedTheRestIsIndexedInBoundedTimeAndMemory() throws Exception {
    Path corpus = TestCorpus.corpus(tmp.resolve("corpus"), TestCorpus.SEEDS);
    HostileFiles hostile = new HostileFiles(corpus).writeAll();
    if (!hostile.chmodBlocks) {
      System.out.println("HostileFilesTest: running as root, chmod 000 does not stop reading: unreadable.md is"
          + " expected to be indexed; io-error.md (EIO on read) stands in for the unreadable file");
    }
    Path index = tmp.resolve("index");
    Path log = tmp.resolve("stderr.log");
    long t0 = System.nanoTime();
    Process p = Subprocess.treatyWithHeap(HEAP, log, "index", "--corpus", corpus.toString(), "--index", index.toString()).start();
    assertTrue(p.waitFor(300, TimeUnit.SECONDS), "indexing finished");
    long millis = (System.nanoTime() - t0) / 1_000_000;
    List<String> lines = Subprocess.read(log).lines().toList();
    System.out.println("HostileFilesTest: indexed the hostile corpus in " + millis + " ms with -Xmx" + HEAP + "; stderr:");
    lines.forEach(l -> System.out.println("  " + l));

    assertEquals(2, p.exitValue(), "exit 2: files were skipped");
    long bad = hostile.count(HostileFiles.Verdict.BAD);
    assertEquals(bad + 1, lines.size(), "one line per bad file, then the summary");
    List<String> unexplained = new ArrayList<>(lines.subList(0, lines.size() - 1));
    for (Map.Entry<String, HostileFiles.Verdict> f : hostile.files.entrySet()) {
      String shown = Indexer.oneLine(corpus.resolve(f.getKey()).toString());
      List<String> naming = lines.stream().filter(l -> l.startsWith("treaty: " + shown + ": ")).toList();
      if (f.getValue() == HostileFiles.Verdict.BAD) {
        assertEquals(1, naming.size(), f.getKey() + " is named once: " + lines);
        unexplained.remove(naming.get(0));
      } else {
        assertEquals(List.of(), naming, f.getKey() + " is not a problem");
      }
    }
    assertEquals(List.of(), unexplained);
    String summary = lines.get(lines.size() - 1);
    long good = hostile.count(HostileFiles.Verdict.GOOD) + 2;
    assertTrue(summary.startsWith("treaty: indexed " + good + " articles (") && summary.endsWith("; skipped " + bad + " file(s), named above"),
        summary);

    IndexState.assertClean(index);
    Set<String> expected = new TreeSet<>(List.of(TestCorpus.TREATY_1945, TestCorpus.PACT_1937));
    hostile.files.forEach((name, verdict) -> {
      if (verdict == HostileFiles.Verdict.GOOD) {
        expected.add(CorpusReader.articleId(Path.of(name)));
      }
    });
    try (TreatySearcher s = TreatySearcher.open(index)) {
      Set<String> ids = new TreeSet<>();
      for (Article a : s.articles().articles()) {
        ids.add(a.id());
      }
      assertEquals(expected, ids);
      assertTrue(s.count("換行條約", Filters.NONE) > 0, "the CRLF file is searchable");
      assertTrue(s.count("\"中苏友好同盟条约\"", Filters.NONE) > 0, "the real articles are searchable");
      assertTrue(s.search("條約", Filters.NONE, 0, 50).hits().size() > 0);
    }
    Cli check = Cli.run("index", "--check", "--index", index.toString());
    assertEquals(0, check.exit(), check.err());
    assertFalse(lines.stream().anyMatch(l -> l.contains("NOTICE") || l.contains("image.png") || l.contains("self")));
    System.out.printf("HostileFilesTest: %d hostile files tried: %d named and skipped, %d odd but indexed, %d ignored"
        + " (not *.md/*.txt)%n", hostile.files.size(), bad, good - 2, hostile.count(HostileFiles.Verdict.IGNORED));
  }

  @Test
  void noCorpusFolderAndAnUnlistableOneAreOneLineEach() throws Exception {
    Path missing = tmp.resolve("missing");
    Cli run = Cli.run("index", "--corpus", missing.toString(), "--index", tmp.resolve("i").toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines().size(), run.err());
    assertTrue(run.err().contains(missing.toString()), run.err());
    Path file = Files.writeString(tmp.resolve("file.md"), "x");
    run = Cli.run("index", "--corpus", file.toString(), "--index", tmp.resolve("i").toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines().size(), run.err());
  }
}
