package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;

/**
 * Issue 6.1, the hard way: a real {@code treaty index} process re-indexing corpus B over an index
 * of corpus A is killed with SIGKILL at random moments. After every kill Lucene's CheckIndex must
 * find the index clean, and a search must see exactly corpus A (killed before the commit) or
 * exactly corpus B (the commit landed), never a mix. The stale {@code write.lock} each kill leaves
 * behind must not block the next run. The seed is printed; {@code -Dreliability.seed=N} replays it.
 */
class KillNineTest {
  static final int KILLS = 22;

  @TempDir Path tmp;

  @Test
  void killNineAtRandomMomentsNeverLosesTheIndex() throws Exception {
    long seed = Long.getLong("reliability.seed", System.nanoTime());
    System.out.println("KillNineTest seed " + seed + " (replay with -Dreliability.seed=" + seed + ")");
    Random random = new Random(seed);
    long testStart = System.nanoTime();

    Path corpusA = Corpora.small(tmp.resolve("a"));
    Path corpusB = Corpora.some(tmp.resolve("b"), 6);
    Path index = tmp.resolve("index");
    Indexer.build(corpusA, index, Indexer.Progress.NONE, problem -> fail(problem));
    IndexState stateA = IndexState.of(index);
    Path log = tmp.resolve("stderr.log");

    // One full run, watched: how long a run takes, and when its first segment file appears
    // (smartcn analysis comes first; flushing and the commit come at the end).
    Path timing = tmp.resolve("timing");
    long t0 = System.nanoTime();
    Process p = Subprocess.treaty(log, "index", "--corpus", corpusB.toString(), "--index", timing.toString()).start();
    long firstFile = -1;
    while (p.isAlive()) {
      if (firstFile < 0 && IndexState.hasSegmentFile(timing)) {
        firstFile = millisSince(t0);
      }
      Thread.sleep(2);
    }
    long full = millisSince(t0);
    assertEquals(0, p.exitValue(), () -> "timing run: " + read(log));
    if (firstFile < 0) {
      firstFile = full * 3 / 4;
    }
    IndexState stateB = IndexState.of(timing);
    assertNotEquals(stateA, stateB);
    System.out.printf("KillNineTest: a full run takes %d ms, the first segment file appears at %d ms%n", full, firstFile);

    System.out.printf("KillNineTest: setup took %d ms%n", millisSince(testStart));
    int kills = 0;
    int killedBeforeCommit = 0;
    int killedAfterCommit = 0;
    int finishedFirst = 0;
    int leftPartialFiles = 0;
    int staleLocks = 0;
    for (int i = 0; kills < KILLS; i++) {
      assertTrue(i < 3 * KILLS, "too many runs finished before their kill time");
      if (!Files.exists(index) || !IndexState.of(index).equals(stateA)) {
        // start each round from an index of A (in-process: quicker than another JVM)
        Indexer.build(corpusA, index, Indexer.Progress.NONE, problem -> fail(problem));
      }
      // one kill in six anywhere in the run (JVM start, dictionaries, parsing); half while
      // documents are analysed and segment files written; a third around the commit at the end
      // (run times vary, so that window reaches past the timed run: some runs finish first)
      int where = random.nextInt(6);
      long delay = where == 0 ? (long) (random.nextDouble() * full)
          : where <= 3 ? firstFile + (long) (random.nextDouble() * (full - firstFile))
          : full * 85 / 100 + (long) (random.nextDouble() * full * 45 / 100);
      delay = Math.max(0, delay);
      long started = System.nanoTime();
      Process run = Subprocess.treaty(log, "index", "--corpus", corpusB.toString(), "--index", index.toString()).start();
      boolean finished = run.waitFor(delay, TimeUnit.MILLISECONDS);
      // Run times swing twofold with the machine's load: learn from each run, so the kills keep
      // landing inside runs and some runs still finish first. A run that finished took that
      // long; one killed after the estimate took longer than it was given.
      long estimate = finished && run.exitValue() == 0 ? (full + millisSince(started)) / 2
          : !finished && delay > full ? (full + delay) / 2
          : full;
      firstFile = firstFile * estimate / full;
      full = estimate;
      if (!finished) {
        run.destroyForcibly();
        assertTrue(run.waitFor(30, TimeUnit.SECONDS));
      }
      int exit = run.exitValue();
      if (finished && exit != 0) {
        fail("run " + i + " failed on its own (exit " + exit + "): " + read(log));
      }
      boolean partial = hasUncommittedFiles(index);
      boolean lockFile = Files.exists(index.resolve(IndexWriter.WRITE_LOCK_NAME));

      IndexState.assertClean(index);
      IndexState state = IndexState.of(index);
      String what = String.format("run %d, kill at %d ms (exit %d)", i, delay, exit);
      if (state.equals(stateA)) {
        assertTrue(exit != 0, what + ": exited 0 but the index is still A");
      } else {
        assertEquals(stateB, state, what + ": neither all-A nor all-B");
      }
      if (finished) {
        finishedFirst++;
      } else {
        kills++;
        killedBeforeCommit += state.equals(stateA) ? 1 : 0;
        killedAfterCommit += state.equals(stateA) ? 0 : 1;
        leftPartialFiles += partial ? 1 : 0;
        staleLocks += lockFile ? 1 : 0;
      }
      System.out.printf("KillNineTest: %s -> %s%s [%d ms into the test; a run now estimated at %d ms]%n", what,
          state.equals(stateA) ? "A" : "B", partial ? " (uncommitted segment files left behind)" : "",
          millisSince(testStart), full);
    }
    // The write.lock file the last kill left does not block a run to completion either.
    assertTrue(Files.exists(index.resolve(IndexWriter.WRITE_LOCK_NAME)));
    reindex(corpusB, index, log);
    IndexState.assertClean(index);
    assertEquals(stateB, IndexState.of(index));
    assertTrue(hasNoUncommittedFiles(index), "the completed run removed the killed runs' leftovers");

    System.out.printf("KillNineTest: %d kill -9 survived of %d tried (seed %d): %d before the commit (index A whole),"
        + " %d after it (index B whole); %d left uncommitted segment files, %d a write.lock file the next run"
        + " went past; %d more runs finished before their kill time (index B whole)%n",
        killedBeforeCommit + killedAfterCommit, kills, seed, killedBeforeCommit, killedAfterCommit, leftPartialFiles,
        staleLocks, finishedFirst);
    assertTrue(leftPartialFiles > 0, "some kills must land while segment files are being written");
    assertTrue(staleLocks > 0, "some kills must leave a stale write.lock");
  }

  private static void reindex(Path corpus, Path index, Path log) throws Exception {
    Process p = Subprocess.treaty(log, "index", "--corpus", corpus.toString(), "--index", index.toString()).start();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), () -> "index of " + corpus + ": " + read(log));
  }

  private static String read(Path log) {
    try {
      return Subprocess.read(log);
    } catch (IOException e) {
      return e.toString();
    }
  }

  private static long millisSince(long t0) {
    return (System.nanoTime() - t0) / 1_000_000;
  }

  /** Files of the index that the latest commit does not reference: a killed run's work. */
  private static boolean hasUncommittedFiles(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      Set<String> committed = new HashSet<>(SegmentInfos.readLatestCommit(dir).files(true));
      for (String f : dir.listAll()) {
        if (!committed.contains(f) && !f.equals(IndexWriter.WRITE_LOCK_NAME)) {
          return true;
        }
      }
      return false;
    }
  }

  private static boolean hasNoUncommittedFiles(Path index) throws IOException {
    return !hasUncommittedFiles(index);
  }
}
