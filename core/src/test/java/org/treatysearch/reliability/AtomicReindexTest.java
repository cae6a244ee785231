package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.index.IndexingException;
import org.treatysearch.search.Filters;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 6.1 in-process: a re-index that fails or is interrupted leaves the previous index whole;
 * searches during a re-index answer from the previous index; the new one appears at once; a
 * second concurrent run fails fast with one line.
 */
class AtomicReindexTest {
  @TempDir static Path shared;
  static Path corpusA;
  static Path corpusB;
  static IndexState stateA;
  static IndexState stateB;

  @TempDir Path tmp;
  Path index;

  @BeforeAll
  static void corpora() throws Exception {
    corpusA = Corpora.small(shared.resolve("a"));
    corpusB = Corpora.some(shared.resolve("b"), 8);
    stateA = IndexState.of(TestCorpus.index(shared.resolve("ref-a"), corpusA));
    stateB = IndexState.of(TestCorpus.index(shared.resolve("ref-b"), corpusB));
    assertNotEquals(stateA, stateB);
  }

  @BeforeEach
  void indexA() throws Exception {
    index = tmp.resolve("index");
    assertEquals(0, Cli.run("index", "--corpus", corpusA.toString(), "--index", index.toString()).exit());
    assertEquals(stateA, IndexState.of(index));
  }

  private static java.util.function.Consumer<String> noProblems() {
    return p -> {
      throw new AssertionError(p);
    };
  }

  @Test
  void searchesDuringReindexSeeThePreviousIndexAndTheNewOneAppearsWhole() throws Exception {
    try (TreatySearcher before = TreatySearcher.open(index)) {
      PausedIndexing run = PausedIndexing.start(corpusB, index);
      // mid-run: documents were added (the first article), nothing is committed
      assertEquals(stateA, IndexState.of(index), "a search during the re-index");
      assertEquals(stateA.counts().get(0), before.count(IndexState.QUERIES.get(0), Filters.NONE));
      assertEquals(null, run.finish());
      // a searcher opened before keeps its point-in-time view; a new one sees all of B
      assertEquals(stateA.counts().get(1), before.count(IndexState.QUERIES.get(1), Filters.NONE));
    }
    assertEquals(stateB, IndexState.of(index));
    IndexState.assertClean(index);
  }

  @Test
  void aSecondIndexRunFailsFastWithOneLine() throws Exception {
    PausedIndexing run = PausedIndexing.start(corpusB, index);
    long start = System.nanoTime();
    Cli second = Cli.run("index", "--corpus", corpusA.toString(), "--index", index.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    String line = second.oneErrorLine();
    assertEquals("treaty: another 'treaty index' is already writing " + index + "; try again when it ends", line);
    assertTrue(millis < 5_000, "fails fast, took " + millis + " ms");
    assertEquals(stateA, IndexState.of(index));
    assertEquals(null, run.finish(), "the first run is not disturbed");
    assertEquals(stateB, IndexState.of(index));
  }

  @Test
  void aReindexThatFailsLeavesThePreviousIndex() throws Exception {
    Indexer.Progress failing = (done, total) -> {
      throw new IllegalStateException("injected failure");
    };
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Indexer.build(corpusB, index, failing, noProblems()));
    assertEquals("injected failure", e.getMessage());
    assertStillAThenRebuildsToB();
  }

  /** The index is whole and all A; the next run is not blocked by anything the failed one left. */
  private void assertStillAThenRebuildsToB() throws Exception {
    IndexState.assertClean(index);
    assertEquals(stateA, IndexState.of(index));
    assertEquals(0, Cli.run("index", "--corpus", corpusB.toString(), "--index", index.toString()).exit());
    assertEquals(stateB, IndexState.of(index));
  }

  @Test
  void anInterruptedReindexLeavesThePreviousIndex() throws Exception {
    Throwable failure = PausedIndexing.start(corpusB, index).interruptAndFinish();
    assertTrue(failure instanceof IndexingException, String.valueOf(failure));
    assertEquals("indexing interrupted; the previous index is unchanged", failure.getMessage());
    assertStillAThenRebuildsToB();
  }

  @Test
  void aCorpusWithNothingToIndexDoesNotReplaceTheIndex() throws Exception {
    Path empty = tmp.resolve("empty");
    java.nio.file.Files.createDirectories(empty);
    java.nio.file.Files.writeString(empty.resolve("NOTICE"), "not an article");
    String line = Cli.run("index", "--corpus", empty.toString(), "--index", index.toString()).oneErrorLine();
    assertEquals("treaty: nothing to index in " + empty + " (no readable *.md or *.txt file); the previous index is unchanged", line);
    assertEquals(stateA, IndexState.of(index));

    java.nio.file.Files.write(empty.resolve("bad.md"), new byte[] {(byte) 0xff, 'x'});
    Cli run = Cli.run("index", "--corpus", empty.toString(), "--index", index.toString());
    assertEquals(2, run.exit());
    List<String> lines = new ArrayList<>(run.errLines());
    assertEquals(2, lines.size(), run.err());
    assertTrue(lines.get(0).contains("bad.md: not valid UTF-8"), lines.get(0));
    assertTrue(lines.get(1).contains("1 skipped, named above"), lines.get(1));
    assertEquals(stateA, IndexState.of(index));
  }
}
