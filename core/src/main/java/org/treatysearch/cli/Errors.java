package org.treatysearch.cli;

import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.treatysearch.index.IndexingException;
import org.treatysearch.search.DamagedIndexException;
import org.treatysearch.search.QuerySyntaxException;

/**
 * One-line descriptions of failures, for people: Java's file exceptions carry only a path, and the
 * index's carry facts that {@link IndexWords} turns into advice.
 */
final class Errors {
  private Errors() {}

  static String describe(Throwable e) {
    if (e instanceof DamagedIndexException d) {
      return IndexWords.fault(d.fault());
    }
    if (e instanceof IndexingException i) {
      return IndexWords.failure(i.failure());
    }
    if (e instanceof NoSuchFileException f) {
      return "no such file or directory: " + f.getFile();
    }
    if (e instanceof AccessDeniedException f) {
      return "permission denied: " + f.getFile();
    }
    if (e instanceof NotDirectoryException f) {
      return "not a directory: " + f.getFile();
    }
    if (e instanceof FileSystemException f) {
      return (f.getReason() != null ? f.getReason() : f.getClass().getSimpleName()) + ": " + f.getFile();
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
  }

  /** A query that cannot be answered; an unknown article id, with where the ids are listed. */
  static String query(QuerySyntaxException e) {
    return firstLine(e.getMessage()) + (e.unknownArticle() == null ? "" : " (see 'treaty stats' for the ids)");
  }

  /** The contract is one line per error; a multi-line message keeps its first line. */
  static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).stripTrailing();
  }
}
