package org.treatysearch.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.CorpusReader;

/**
 * Builds the index of a corpus folder. The new index is written next to the old one inside the
 * same directory and becomes visible in one step, when Lucene commits its new {@code segments_N}:
 * until then readers see the previous commit, and a run that fails, is interrupted or killed
 * leaves that commit whole (Lucene removes the orphaned files on the next open). Lucene's
 * {@code write.lock} makes a second concurrent run fail fast.
 */
public final class Indexer {

  /** What one run did: articles indexed, passages/footnotes written, files skipped (each reported). */
  public record Summary(int articles, long documents, int skipped, long bytes) {}

  /** Receives progress ({@code bytesDone}, {@code bytesTotal}) for a progress bar. */
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long bytesDone, long bytesTotal);
  }

  private Indexer() {}

  /**
   * @param problems receives one line per skipped file (naming it)
   * @throws IOException when the corpus folder is unreadable or the index cannot be written;
   *     the previous index is left as it was
   */
  public static Summary build(Path corpusDir, Path indexDir, Progress progress, Consumer<String> problems)
      throws IOException {
    List<Path> files;
    try {
      files = CorpusReader.files(corpusDir);
    } catch (BadInputException e) {
      throw new IOException(e.getMessage(), e);
    }
    long total = 0;
    for (Path f : files) {
      total += sizeOf(f);
    }
    Files.createDirectories(indexDir);
    IndexWriterConfig config = new IndexWriterConfig(IndexAnalyzers.forIndexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
    try (Directory dir = FSDirectory.open(indexDir);
        IndexWriter writer = openWriter(dir, config, indexDir)) {
      try {
        Summary summary = addAll(writer, files, total, progress, problems);
        writer.setLiveCommitData(Map.of("corpus", corpusDir.toAbsolutePath().toString()).entrySet());
        writer.commit();
        return summary;
      } catch (IOException | RuntimeException | Error e) {
        writer.rollback(); // the previous commit stays the visible index
        throw e;
      }
    }
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig config, Path indexDir)
      throws IOException {
    try {
      return new IndexWriter(dir, config);
    } catch (LockObtainFailedException e) {
      throw new IOException("another 'treaty index' is already writing " + indexDir + "; try again when it ends", e);
    }
  }

  private static Summary addAll(
      IndexWriter writer, List<Path> files, long total, Progress progress, Consumer<String> problems)
      throws IOException {
    // smartcn analysis is the cost of indexing: one worker per core, each parsing and analysing
    // whole articles; IndexWriter is built for concurrent addDocuments.
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), files.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "indexer");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger articles = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger();
    AtomicLong documents = new AtomicLong();
    AtomicLong done = new AtomicLong();
    try {
      List<Future<?>> futures = new ArrayList<>(files.size());
      for (Path file : files) {
        futures.add(pool.submit(() -> {
          long size = sizeOf(file);
          try {
            Article article = CorpusReader.read(file);
            var docs = ArticleDocuments.of(article);
            writer.addDocuments(docs);
            articles.incrementAndGet();
            documents.addAndGet(docs.size() - 1); // minus the article's model document
          } catch (BadInputException e) {
            skipped.incrementAndGet();
            synchronized (problems) {
              problems.accept(e.getMessage());
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          progress.update(done.addAndGet(size), total);
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("indexing interrupted", e);
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
      pool.shutdownNow();
    }
    return new Summary(articles.get(), documents.get(), skipped.get(), total);
  }

  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      return 0; // reported when the file is read
    }
  }
}
