package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.index.IndexingFailure.Outcome;
import org.treatysearch.index.IndexingFailure.Reason;

/**
 * Builds the index of a corpus folder. The new index is written next to the old one inside the
 * same directory and becomes visible in one step, when Lucene commits its new {@code segments_N}:
 * until then readers see the previous commit, and a run that fails, is interrupted or killed
 * leaves that commit whole (Lucene removes the orphaned files on the next open). Lucene's
 * {@code write.lock} makes a second concurrent run fail fast; the operating system releases it
 * when a killed run's process dies, so the stale {@code write.lock} file does not block the next.
 *
 * <p>A file that cannot be read, parsed or indexed, or holds more text than one article may (see
 * {@link #MAX_ARTICLE_CHARS}), is named through {@code problems} and skipped;
 * a failure of the index itself (disk full, I/O error, interrupt) aborts the run with an
 * {@link IndexingException} and leaves the previous index as it was. A run that would index no
 * article at all also leaves the previous index in place rather than replace it with an empty one.
 *
 * <p>This class is the run itself (list the files, add them, commit or roll back); the parts it
 * uses are {@link IndexWriters} (opening), {@link IndexingWorkers} (adding), {@link RunCommits}
 * (did the commit land), {@link ArticleLimits} and {@link IndexingMessages}.
 */
public final class Indexer {

  /** What one run did: articles indexed, passages/footnotes written, files skipped (each reported). */
  public record Summary(int articles, long documents, int skipped, long bytes) {}

  /** Receives progress ({@code bytesDone}, {@code bytesTotal}) for a progress bar; called from worker threads. */
  public interface Progress {
    Progress NONE = (done, total) -> {};

    void update(long bytesDone, long bytesTotal);
  }

  /** The most characters indexed for one article; see {@link ArticleLimits#MAX_ARTICLE_CHARS}. */
  public static final long MAX_ARTICLE_CHARS = ArticleLimits.MAX_ARTICLE_CHARS;

  /**
   * Up to this much corpus, the new index is merged into one segment before its commit: every
   * query term is then looked up once instead of once per segment (the shipped corpus otherwise
   * has one segment per indexing thread), for a merge that costs little at this size.
   */
  /**
   * Files larger than this are skipped unread: no article is near it (a long one is 200 KB), and
   * parsing takes some 20 times a file's size at its peak.
   */
  public static final long MAX_FILE_BYTES = 8L << 20;

  static final long MERGE_TO_ONE_SEGMENT_BELOW = 16L << 20;

  /** Interrupted while waiting for the workers. */
  static final class InterruptedIOException extends IOException {
    InterruptedIOException(InterruptedException e) {
      super("interrupted", e);
    }
  }

  private Indexer() {}

  /**
   * @param problems receives one line per skipped file (naming it)
   * @throws IndexingException the index could not be written (its failure names the index and
   *     what became of the previous one), another run holds the index, or there was nothing to index
   */
  public static Summary build(Path corpusDir, Path indexDir, Progress progress, Consumer<String> problems)
      throws IOException {
    try {
      Files.createDirectories(indexDir);
    } catch (IOException e) {
      throw new IndexingException(IndexingFailure.of(Reason.CANNOT_CREATE_FOLDER, indexDir, reason(e), Outcome.NOT_SAID), e);
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
      throw new IndexingException(
          new IndexingFailure(Reason.CANNOT_LIST_CORPUS, indexDir, e.file(), e.problem(), 0, Outcome.NOT_SAID), e);
    }
    long total = CorpusFiles.totalBytes(files);
    Outcome outcome = Outcome.PREVIOUS_UNCHANGED; // Lucene never touches a commit it made
    String run = UUID.randomUUID().toString();
    boolean committing = false;
    Summary summary = null;
    try (IndexWriter writer = IndexWriters.openWriter(dir, indexDir)) {
      try {
        summary = IndexingWorkers.addAll(writer, files, notFiles.get(), total, progress, problems);
        if (summary.articles() == 0) {
          throw new IndexingException(new IndexingFailure(Reason.NOTHING_TO_INDEX, indexDir, corpusDir, "",
              summary.skipped(), RunCommits.hasCommit(dir) ? outcome : Outcome.NOT_SAID), null);
        }
        if (total <= MERGE_TO_ONE_SEGMENT_BELOW) {
          writer.forceMerge(1); // before the commit: an interrupted merge leaves the old index as it was
        }
        RunCommits.label(writer, corpusDir, run);
        committing = true;
        writer.commit();
        return summary;
      } catch (IOException | RuntimeException | Error e) {
        Boolean landed = committing ? RunCommits.landed(dir, run) : Boolean.FALSE;
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
          outcome = Outcome.PREVIOUS_OR_NEW;
        }
        Throwable cause = IndexingMessages.rootCause(writer, e);
        try {
          writer.rollback(); // the previous commit stays the visible index
        } catch (IOException | RuntimeException suppressed) {
          cause.addSuppressed(suppressed);
        }
        Throwable failure = IndexingMessages.failure(cause, indexDir, outcome);
        if (failure instanceof IOException io) {
          throw io;
        }
        if (failure instanceof Error err) {
          throw err;
        }
        throw (RuntimeException) failure;
      }
    }
  }

  /** See {@link IndexingMessages#oneLine}: public, as every part of the tool reports in one line. */
  public static String oneLine(String message) {
    return IndexingMessages.oneLine(message);
  }

  /** See {@link IndexingMessages#reason}. */
  static String reason(Throwable e) {
    return IndexingMessages.reason(e);
  }
}
