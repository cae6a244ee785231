package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 6.1: two {@code treaty index} processes on one index: the second fails fast, in one line, exit 2. */
class ConcurrentIndexTest {
  @TempDir Path tmp;

  // A variant with the first run as the subprocess (waiting for its write.lock file, then trying
  // in-process) was removed: Lucene creates write.lock before it takes the OS lock, so under load
  // the second run could win that window. Holding the lock here, paused, makes it deterministic.

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
