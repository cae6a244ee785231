package org.treatysearch.index;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;

/**
 * Builds the index of a corpus folder. The new index is written next to the old one inside the
 * same directory and becomes visible in one step, when Lucene commits its new {@code segments_N}:
 * until then readers see the previous commit, and a run that fails, is interrupted or killed
 * leaves that commit whole (Lucene removes the orphaned files on the next open). Lucene's
 * {@code write.lock} makes a second concurrent run fail fast; the operating system releases it
 * when a killed run's process dies, so the stale {@code write.lock} file does not block the next.
 *
 * <p>A file that cannot be read, parsed or indexed, or holds more text than one article may (see
 * {@link #MAX_ARTICLE_CHARS}) or is larger than {@link #MAX_FILE_BYTES}, is named through {@code problems} and skipped;
 * a failure of the index itself (disk full, I/O error, interrupt) aborts the run with an
 * {@link IndexingException} and leaves the previous index as it was. A run that would index no
 * article at all also leaves the previous index in place rather than replace it with an empty one.
 */
public final class Indexer {

  /** What one run did: articles indexed, passages/footnotes written, files skipped (each reported). */
  public record Summary(int articles, long documents, int skipped, long bytes) {}

  /** Receives progress ({@code bytesDone}, {@code bytesTotal}) for a progress bar; called from worker threads. */
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long bytesDone, long bytesTotal);
  }

  private Indexer() {}

  /**
   * @param problems receives one line per skipped file (naming it)
   * @throws IndexingException the index could not be written (its message is one line, naming the
   *     index and saying the previous index is unchanged), another run holds the index, or there
   *     was nothing to index
   */
  public static Summary build(Path corpusDir, Path indexDir, Progress progress, Consumer<String> problems)
      throws IOException {
    try {
      Files.createDirectories(indexDir);
    } catch (IOException e) {
      throw new IndexingException("cannot create the index folder " + indexDir + " (" + reason(e) + ")", e);
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return build(corpusDir, dir, indexDir, progress, problems);
    }
  }

  /**
   * Builds into {@code dir} (the seam for tests that inject disk-full and I/O faults); {@code
   * indexDir} only names the index in messages. The caller closes {@code dir}.
   */
  public static Summary build(Path corpusDir, Directory dir, Path indexDir, Progress progress, Consumer<String> reported)
      throws IOException {
    Consumer<String> problems = message -> reported.accept(oneLine(message)); // a file name may hold a newline
    List<Path> files;
    AtomicInteger notFiles = new AtomicInteger();
    try {
      files = CorpusReader.files(corpusDir, problem -> {
        notFiles.incrementAndGet();
        problems.accept(problem);
      });
    } catch (BadInputException e) {
      throw new IndexingException(e.getMessage(), e);
    }
    long total = 0;
    for (Path f : files) {
      total += sizeOf(f);
    }
    String unchanged = "; the previous index is unchanged"; // Lucene never touches a commit it made
    String run = UUID.randomUUID().toString();
    boolean committing = false;
    Summary summary = null;
    try (IndexWriter writer = openWriter(dir, indexDir)) {
      try {
        summary = addAll(writer, files, notFiles.get(), total, progress, problems);
        if (summary.articles() == 0) {
          throw new IndexingException("nothing to index in " + corpusDir + " (no readable *.md or *.txt file"
              + (summary.skipped() > 0 ? "; " + summary.skipped() + " skipped, named above" : "") + ")"
              + (hasCommit(dir) ? unchanged : ""), null);
        }
        writer.setLiveCommitData(Map.of("corpus", corpusDir.toAbsolutePath().toString(), RUN, run).entrySet());
        committing = true;
        writer.commit();
        return summary;
      } catch (IOException | RuntimeException | Error e) {
        Boolean landed = committing ? landed(dir, run) : Boolean.FALSE;
        if (Boolean.TRUE.equals(landed)) {
          // The new segments_N is in place; what failed came after it (removing the previous
          // commit's files, which the next run retries). The index is the new one: a success.
          try {
            writer.rollback();
          } catch (IOException | RuntimeException ignored) {
            // nothing left to undo
          }
          return summary;
        }
        if (landed == null) {
          unchanged = "; the index may be the previous or the new one: check it with: "
              + IndexCheck.checkCommand(indexDir);
        }
        Throwable cause = rootCause(writer, e);
        try {
          writer.rollback(); // the previous commit stays the visible index
        } catch (IOException | RuntimeException suppressed) {
          cause.addSuppressed(suppressed);
        }
        if (cause instanceof IndexingException ie) {
          throw ie;
        }
        if (cause instanceof InterruptedIOException) {
          throw new IndexingException("indexing interrupted" + unchanged, cause);
        }
        if (cause instanceof IOException) {
          throw new IndexingException("cannot write the index at " + indexDir + " (" + reason(cause) + ")" + unchanged, cause);
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw (RuntimeException) cause;
      }
    }
  }

  /** Commit data naming the run that made the commit. */
  private static final String RUN = "run";

  /**
   * Whether the latest commit on disk is this run's (a commit can land and then fail a later
   * step): TRUE, FALSE, or null when the commit cannot be read back.
   */
  private static Boolean landed(Directory dir, String run) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return run.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(RUN));
      } catch (IOException | RuntimeException e) {
        // try again: the failure that stopped the commit may be passing
      }
    }
    return null;
  }

  /** Interrupted while waiting for the workers. */
  private static final class InterruptedIOException extends IOException {
    InterruptedIOException(InterruptedException e) {
      super("interrupted", e);
    }
  }

  /**
   * When the writer hit a tragic event (disk full while flushing a segment), the other workers
   * only see "this IndexWriter is closed": report the tragedy, which says what went wrong.
   */
  private static Throwable rootCause(IndexWriter writer, Throwable e) {
    Throwable tragedy = writer.getTragicException();
    if (tragedy != null && !(e instanceof InterruptedIOException)) {
      return tragedy;
    }
    if (e instanceof AlreadyClosedException && e.getCause() != null) {
      return e.getCause();
    }
    return e;
  }

  private static boolean hasCommit(Directory dir) {
    try {
      for (String name : dir.listAll()) {
        if (name.startsWith("segments_")) {
          return true;
        }
      }
    } catch (IOException e) {
      // not worth a second error
    }
    return false;
  }

  private static IndexWriterConfig config() {
    return new IndexWriterConfig(IndexAnalyzers.forIndexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(64)
        .setCommitOnClose(false);
  }

  private static IndexWriter openWriter(Directory dir, Path indexDir) throws IOException {
    try {
      try {
        return new IndexWriter(dir, config());
      } catch (CorruptIndexException | EOFException | NoSuchFileException | IndexFormatTooOldException
          | IndexFormatTooNewException e) {
        // Even OpenMode.CREATE reads the latest commit; when that commit is damaged (read twice, to
        // rule out a passing fault), the index is unusable anyway, and rebuilding it is what the
        // damaged-index message tells users to do.
        if (commitDamaged(dir)) {
          discardDamagedIndex(dir);
        }
        return new IndexWriter(dir, config());
      }
    } catch (LockObtainFailedException e) {
      throw new IndexingException("another 'treaty index' is already writing " + indexDir + "; try again when it ends", e);
    } catch (IOException e) {
      throw new IndexingException("cannot open the index at " + indexDir + " for writing (" + reason(e) + ")"
          + "; the previous index is unchanged", e);
    }
  }

  private static boolean commitDamaged(Directory dir) throws IOException {
    try {
      SegmentInfos.readLatestCommit(dir);
      return false;
    } catch (CorruptIndexException | EOFException | NoSuchFileException | IndexFormatTooOldException
        | IndexFormatTooNewException e) {
      return true;
    }
  }

  /** Deletes Lucene's files (commits and segments; nothing else) under the write lock. */
  private static void discardDamagedIndex(Directory dir) throws IOException {
    try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String name : dir.listAll()) {
        if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
            || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()) {
          dir.deleteFile(name);
        }
      }
    }
  }

  private static Summary addAll(
      IndexWriter writer, List<Path> files, int skippedBefore, long total, Progress progress, Consumer<String> problems)
      throws IOException {
    List<Path> unique = uniqueIds(files, problems);
    int skippedIds = skippedBefore + files.size() - unique.size();
    // smartcn analysis is the cost of indexing: one worker per core, each parsing and analysing
    // whole articles; IndexWriter is built for concurrent addDocuments.
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), unique.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "indexer");
      t.setDaemon(true);
      return t;
    });
    AtomicBoolean cancelled = new AtomicBoolean();
    Semaphore inFlight = new Semaphore(IN_FLIGHT_BYTES);
    AtomicInteger articles = new AtomicInteger();
    AtomicInteger skipped = new AtomicInteger(skippedIds);
    AtomicLong documents = new AtomicLong();
    AtomicLong done = new AtomicLong();
    Consumer<String> report = message -> {
      skipped.incrementAndGet();
      synchronized (problems) {
        problems.accept(message);
      }
    };
    try {
      List<Future<?>> futures = new ArrayList<>(unique.size());
      for (Path file : unique) {
        futures.add(pool.submit(() -> {
          if (cancelled.get()) {
            return null;
          }
          long size = sizeOf(file);
          int permits = (int) Math.min(Math.max(size, 1), IN_FLIGHT_BYTES);
          inFlight.acquireUninterruptibly(permits);
          try {
            if (size > MAX_FILE_BYTES) {
              throw new BadInputException(String.format(Locale.ROOT, "%s: too large (%d bytes; at most %d MB)",
                  file, size, MAX_FILE_BYTES >> 20));
            }
            Article article = CorpusReader.read(file);
            List<Document> docs = documents(file, article);
            if (cancelled.get()) {
              return null;
            }
            addDocuments(writer, file, docs);
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
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException(e);
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
    return new Summary(articles.get(), documents.get(), skipped.get(), total);
  }

  /** Two files with one name and different extensions would be one article id: the first (by name) wins. */
  private static List<Path> uniqueIds(List<Path> files, Consumer<String> problems) {
    Map<String, Path> seen = new HashMap<>();
    List<Path> unique = new ArrayList<>(files.size());
    for (Path f : files) {
      Path first = seen.putIfAbsent(CorpusReader.articleId(f), f);
      if (first == null) {
        unique.add(f);
      } else {
        problems.accept(f + ": same article id as " + first.getFileName() + "; skipped");
      }
    }
    return unique;
  }

  /**
   * At most this many characters are indexed for one article: its passages' and footnotes' text,
   * and the title, headings and cited footnotes each passage repeats. Lucene holds an article's
   * documents in memory until they are all added, at some 100 bytes a character, so this bounds
   * an indexing worker to about 100 MB whatever the file holds (a real article is some 50,000).
   */
  public static final long MAX_ARTICLE_CHARS = 1L << 20;

  /**
   * Bytes of corpus files the workers hold at once (a file counts as at most this much): small
   * files go through in parallel, large ones one at a time, so two big files cannot double the
   * peak memory of parsing one.
   */
  static final int IN_FLIGHT_BYTES = 8 << 20;

  /**
   * Files larger than this are skipped unread: no article is near it (a long one is 200 KB), and
   * parsing takes some 20 times a file's size at its peak.
   */
  public static final long MAX_FILE_BYTES = 8L << 20;

  private static long charsToIndex(Article article) {
    Map<Integer, Integer> noteLength = new HashMap<>();
    long chars = 0;
    for (Footnote f : article.footnotes()) {
      noteLength.put(f.n(), f.text().length());
      chars += f.text().length() + article.title().length();
    }
    for (Passage p : (Iterable<Passage>) article.passages()::iterator) {
      chars += p.text().length() + article.title().length();
      for (String heading : p.section()) {
        chars += heading.length();
      }
      for (int ref : p.refs()) {
        chars += noteLength.getOrDefault(ref, 0);
      }
      if (chars > MAX_ARTICLE_CHARS) {
        break;
      }
    }
    return chars;
  }

  private static List<Document> documents(Path file, Article article) throws BadInputException {
    if (charsToIndex(article) > MAX_ARTICLE_CHARS) {
      throw new BadInputException(file + ": too much text to index (more than " + MAX_ARTICLE_CHARS
          + " characters, counting the title and headings each passage repeats)");
    }
    try {
      return ArticleDocuments.of(article);
    } catch (RuntimeException e) {
      throw new BadInputException(file + ": cannot be indexed (" + reason(e) + ")");
    }
  }

  /**
   * A document Lucene refuses (an immense term, say) is that file's problem: Lucene drops it and
   * the writer carries on. Anything that hurt the writer itself (a tragic event) stops the run.
   */
  private static void addDocuments(IndexWriter writer, Path file, List<Document> docs)
      throws IOException, BadInputException {
    try {
      writer.addDocuments(docs);
    } catch (RuntimeException e) {
      if (writer.getTragicException() != null || !writer.isOpen() || e instanceof AlreadyClosedException) {
        throw e;
      }
      throw new BadInputException(file + ": cannot be indexed (" + reason(e) + ")");
    }
  }

  /**
   * The message with control characters escaped ({@code \n}, {@code \t}, {@code \x1b}...): a
   * file named {@code "a\nb.md"} must not break the one-line-per-problem contract.
   */
  public static String oneLine(String message) {
    StringBuilder b = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (Character.isISOControl(c)) {
        if (b == null) {
          b = new StringBuilder(message.length() + 8).append(message, 0, i);
        }
        switch (c) {
          case '\n' -> b.append("\\n");
          case '\r' -> b.append("\\r");
          case '\t' -> b.append("\\t");
          default -> b.append(String.format("\\x%02x", (int) c));
        }
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? message : b.toString();
  }

  static String reason(Throwable e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.FileSystemException f) {
      m = (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName()) + ": " + f.getFile();
    } else if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
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
