package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.treatysearch.index.Indexer;

/**
 * An in-process {@code Indexer.build} held at its first progress report: the write lock is taken
 * and documents are added, nothing is committed, until {@link #finish} lets it go on.
 */
final class PausedIndexing implements Indexer.Progress {
  private final CountDownLatch reached = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private final Thread thread;

  private PausedIndexing(Path corpus, Path index) {
    thread = new Thread(() -> {
      try {
        Indexer.build(corpus, index, this, problem -> {
          throw new AssertionError(problem);
        });
      } catch (Throwable e) {
        failure.set(e);
      }
    }, "paused-index");
  }

  /** Starts indexing {@code corpus} into {@code index} and returns once the run is held. */
  static PausedIndexing start(Path corpus, Path index) throws InterruptedException {
    PausedIndexing run = new PausedIndexing(corpus, index);
    run.thread.start();
    assertTrue(run.reached.await(60, TimeUnit.SECONDS), "the run reached its first file");
    return run;
  }

  @Override
  public void update(long done, long total) {
    reached.countDown();
    try {
      release.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Lets the run go on, waits for it, and returns what it threw (null when it committed). */
  Throwable finish() throws InterruptedException {
    release.countDown();
    thread.join(120_000);
    return failure.get();
  }

  /** Interrupts the held run (the thread that waits for the workers), then lets the workers go. */
  Throwable interruptAndFinish() throws InterruptedException {
    thread.interrupt();
    thread.join(60_000);
    return finish();
  }
}
