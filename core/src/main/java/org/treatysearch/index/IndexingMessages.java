package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.AlreadyClosedException;
import org.treatysearch.index.IndexingFailure.Outcome;
import org.treatysearch.index.IndexingFailure.Reason;

/**
 * The one-line text of the indexer's problems and the facts of its failures. Every problem is
 * reported as exactly one line (scripts and the progress bar rely on it), so what ends up in a
 * message is escaped or shortened here, in one place.
 */
final class IndexingMessages {

  private IndexingMessages() {}

  /**
   * The message with control characters escaped ({@code \n}, {@code \t}, {@code \x1b}...): a
   * file named {@code "a\nb.md"} must not break the one-line-per-problem contract.
   */
  static String oneLine(String message) {
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

  /**
   * What went wrong, short enough to sit in parentheses inside one line: a file system error
   * names its file (its message alone often does not), and only a message's first line is kept.
   */
  static String reason(Throwable e) {
    String m = e.getMessage();
    if (e instanceof FileSystemException f) {
      m = (f.getReason() != null ? f.getReason() : e.getClass().getSimpleName()) + ": " + f.getFile();
    } else if (m == null || m.isBlank()) {
      m = e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return (nl < 0 ? m : m.substring(0, nl)).strip();
  }

  /**
   * When the writer hit a tragic event (disk full while flushing a segment), the other workers
   * only see "this IndexWriter is closed": report the tragedy, which says what went wrong.
   */
  static Throwable rootCause(IndexWriter writer, Throwable e) {
    Throwable tragedy = writer.getTragicException();
    if (tragedy != null && !(e instanceof Indexer.InterruptedIOException)) {
      return tragedy;
    }
    if (e instanceof AlreadyClosedException && e.getCause() != null) {
      return e.getCause();
    }
    return e;
  }

  /**
   * What a failed run throws for {@code cause}: an I/O failure becomes an IndexingException naming
   * the index and what became of it ({@code outcome}); anything else is thrown as it is.
   */
  static Throwable failure(Throwable cause, Path indexDir, Outcome outcome) {
    if (cause instanceof IndexingException) {
      return cause;
    }
    if (cause instanceof Indexer.InterruptedIOException) {
      return new IndexingException(IndexingFailure.of(Reason.INTERRUPTED, indexDir, "", outcome), cause);
    }
    if (cause instanceof IOException) {
      return new IndexingException(IndexingFailure.of(Reason.CANNOT_WRITE, indexDir, reason(cause), outcome), cause);
    }
    return cause;
  }
}
