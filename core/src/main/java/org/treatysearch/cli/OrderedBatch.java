package org.treatysearch.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Runs batch queries on one worker per core while results are consumed strictly in input order.
 * At most {@link #WINDOW} queries are in flight, so memory stays flat however long stdin is.
 *
 * @param <R> what one query produces
 */
final class OrderedBatch<R> implements AutoCloseable {
  /** Enough to keep every core busy while the printer catches up; small enough to hold. */
  private static final int WINDOW = 256;

  /** Receives results in input order, on the calling thread. */
  interface Consumer<R> {
    void accept(R result) throws IOException;
  }

  private final ExecutorService pool;
  private final Deque<Future<R>> inFlight = new ArrayDeque<>();
  private final Consumer<R> consumer;

  OrderedBatch(Consumer<R> consumer) {
    int threads = Runtime.getRuntime().availableProcessors();
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "batch");
      t.setDaemon(true);
      return t;
    });
    this.consumer = consumer;
  }

  void submit(Callable<R> work) throws IOException {
    if (inFlight.size() >= WINDOW) {
      consumeOldest();
    }
    inFlight.add(pool.submit(work));
  }

  /** Consumes everything still in flight, in order. */
  void drain() throws IOException {
    while (!inFlight.isEmpty()) {
      consumeOldest();
    }
  }

  private void consumeOldest() throws IOException {
    R result;
    try {
      result = inFlight.removeFirst().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(cause);
    }
    consumer.accept(result);
  }

  /**
   * Stops the workers and waits for them: the searcher is closed right after, and closing a
   * Lucene reader under a running search can crash the JVM (seen as "Aborted" when a pipe closed
   * early). Each worker finishes its current query within milliseconds.
   */
  @Override
  public void close() {
    pool.shutdownNow();
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
