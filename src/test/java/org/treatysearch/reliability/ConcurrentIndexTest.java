package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6.1: two {@code treaty index} processes on one index: the second fails fast, in one line, exit 2. */
class ConcurrentIndexTest {
  @TempDir Path tmp;

  @Test
  void whileAnotherProcessIndexesASecondRunFailsFast() throws Exception {
    Path corpus = Corpora.big(tmp.resolve("b"), 2); // 50 articles: seconds of work after the lock is taken
    Path index = tmp.resolve("index");
    Path log = tmp.resolve("first.log");
    Process first = Subprocess.treaty(log, "index", "--corpus", corpus.toString(), "--index", index.toString()).start();
    // A segment file means the first run holds the lock and is adding documents (the write.lock
    // file alone is not proof: Lucene creates it a moment before it locks it).
    while (!IndexState.hasSegmentFile(index)) {
      assertTrue(first.isAlive(), () -> "the first run ended early: " + read(log));
      Thread.sleep(5);
    }
    long start = System.nanoTime();
    Cli second = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString());
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals("treaty: another 'treaty index' is already writing " + index + "; try again when it ends",
        second.oneErrorLine());
    assertTrue(millis < 5_000, "fails fast: took " + millis + " ms");
    assertTrue(first.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, first.exitValue(), () -> read(log));
    IndexState.assertClean(index);
    assertEquals(50, IndexState.of(index).articles().size());
  }

  @Test
  void aSecondProcessFailsFastWhileThisOneIndexes() throws Exception {
    Path corpus = Corpora.small(tmp.resolve("a"));
    Path index = tmp.resolve("index");
    PausedIndexing holder = PausedIndexing.start(corpus, index);
    Path log = tmp.resolve("second.log");
    long start = System.nanoTime();
    Process second = Subprocess.treaty(log, "index", "--corpus", corpus.toString(), "--index", index.toString()).start();
    assertTrue(second.waitFor(60, TimeUnit.SECONDS));
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertEquals(null, holder.finish());
    assertEquals(2, second.exitValue());
    assertEquals(List.of("treaty: another 'treaty index' is already writing " + index + "; try again when it ends"),
        read(log).lines().toList());
    assertTrue(millis < 10_000, "fails fast (JVM start included): took " + millis + " ms");
    System.out.println("ConcurrentIndexTest: the second process gave up after " + millis + " ms, JVM start included");
    IndexState.assertClean(index);
  }

  private static String read(Path log) {
    try {
      return Subprocess.read(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
