package org.treatysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.CorpusReader;

/**
 * The pool of threads that read, parse and add the corpus files to the writer, one article per
 * task. A file's own problem (unreadable, unparsable, too big, refused by Lucene) is reported and
 * skipped; a failure of the writer itself stops the pool and is thrown to the run. Nothing is
 * committed here: committing or rolling back is the run's decision.
 */
final class IndexingWorkers {

  /**
   * Bytes of corpus files the workers hold at once (a file counts as at most this much): small
   * files go through in parallel, large ones one at a time, so two big files cannot double the
   * peak memory of parsing one.
   */
  static final int IN_FLIGHT_BYTES = (int) Indexer.MAX_FILE_BYTES;

  // Shared by the workers, hence atomic.
  private final IndexWriter writer;
  private final long total;
  private final Indexer.Progress progress;
  private final AtomicBoolean cancelled = new AtomicBoolean();
  private final Semaphore inFlight = new Semaphore(IN_FLIGHT_BYTES);
  private final AtomicInteger articles = new AtomicInteger();
  private final AtomicInteger skipped;
  private final AtomicLong documents = new AtomicLong();
  private final AtomicLong done = new AtomicLong();
  private final Consumer<String> report;

  private IndexingWorkers(
      IndexWriter writer, int skippedBefore, long total, Indexer.Progress progress, Consumer<String> problems) {
    this.writer = writer;
    this.total = total;
    this.progress = progress;
    this.skipped = new AtomicInteger(skippedBefore);
    this.report = message -> {
      skipped.incrementAndGet();
      synchronized (problems) { // workers report concurrently; each problem stays one whole line
        problems.accept(message);
      }
    };
  }

  /** Adds every file's article to {@code writer}; {@code skippedBefore} files were already reported. */
  static Indexer.Summary addAll(IndexWriter writer, List<Path> files, int skippedBefore, long total,
      Indexer.Progress progress, Consumer<String> problems) throws IOException {
    List<Path> unique = CorpusFiles.uniqueIds(files, problems);
    int skippedIds = skippedBefore + files.size() - unique.size();
    return new IndexingWorkers(writer, skippedIds, total, progress, problems).run(unique);
  }

  private Indexer.Summary run(List<Path> unique) throws IOException {
    // smartcn analysis is the cost of indexing: one worker per core, each parsing and analysing
    // whole articles; IndexWriter is built for concurrent addDocuments.
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), unique.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "indexer");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>(unique.size());
      for (Path file : unique) {
        futures.add(pool.submit(() -> {
          index(file);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Indexer.InterruptedIOException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IOException(cause);
    } finally {
      // No interrupts: an interrupted NIO write closes its channel and would turn a clean abort
      // into a tragic one. Workers still running find the flag set or the writer rolled back.
      cancelled.set(true);
      pool.shutdown();
    }
    return new Indexer.Summary(articles.get(), documents.get(), skipped.get(), total);
  }

  /** One worker task: one file, held within the in-flight byte budget while it is parsed and added. */
  private void index(Path file) {
    if (cancelled.get()) {
      return;
    }
    long size = CorpusFiles.sizeOf(file);
    int permits = (int) Math.min(Math.max(size, 1), IN_FLIGHT_BYTES);
    inFlight.acquireUninterruptibly(permits);
    try {
      if (size > Indexer.MAX_FILE_BYTES) {
        throw new BadInputException(file, String.format(Locale.ROOT, "too large (%d bytes; at most %d MB)",
            size, Indexer.MAX_FILE_BYTES >> 20));
      }
      Article article = CorpusReader.read(file);
      List<Document> docs = ArticleLimits.documents(file, article);
      if (cancelled.get()) {
        return;
      }
      addDocuments(file, docs);
      articles.incrementAndGet();
      documents.addAndGet(docs.size() - 1); // minus the article's model document
    } catch (BadInputException e) {
      report.accept(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      inFlight.release(permits);
    }
    progress.update(done.addAndGet(size), total);
  }

  /**
   * A document Lucene refuses (an immense term, say) is that file's problem: Lucene drops it and
   * the writer carries on. Anything that hurt the writer itself (a tragic event) stops the run.
   */
  private void addDocuments(Path file, List<Document> docs) throws IOException, BadInputException {
    try {
      writer.addDocuments(docs);
    } catch (RuntimeException e) {
      if (writer.getTragicException() != null || !writer.isOpen() || e instanceof AlreadyClosedException) {
        throw e;
      }
      throw new BadInputException(file, "cannot be indexed (" + IndexingMessages.reason(e) + ")");
    }
  }
}
