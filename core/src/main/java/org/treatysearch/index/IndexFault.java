package org.treatysearch.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What is wrong with an index, as facts: which index, what kind of fault, what Lucene found and
 * the corpus folder the latest commit recorded. {@link #describe()} says it plainly; what to do
 * about it (the {@code treaty index} command to run) is the CLI's to say.
 *
 * @param detail what is damaged ({@link Kind#DAMAGED}) or why it cannot be read ({@link
 *     Kind#UNREADABLE}); empty for {@link Kind#MISSING}
 * @param corpus the corpus folder recorded in the latest commit, null when unknown
 */
public record IndexFault(Kind kind, Path indexDir, String detail, String corpus) {
  /** The faults an index can have. */
  public enum Kind {
    /** No folder, or a folder with neither a commit nor segment files: nothing was built there. */
    MISSING,
    /** Lucene's files are not what it wrote: missing, truncated, garbled, another version. */
    DAMAGED,
    /** The folder or its files cannot be read (permissions, an I/O error), not known to be damaged. */
    UNREADABLE
  }

  public IndexFault {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(indexDir);
    detail = detail == null ? "" : Indexer.oneLine(detail);
  }

  public static IndexFault missing(Path indexDir) {
    return new IndexFault(Kind.MISSING, indexDir, "", null);
  }

  public static IndexFault damaged(Path indexDir, String what, String corpus) {
    return new IndexFault(Kind.DAMAGED, indexDir, what, corpus);
  }

  public static IndexFault unreadable(Path indexDir, Throwable e) {
    return new IndexFault(Kind.UNREADABLE, indexDir, Indexer.reason(e), null);
  }

  /** The fault in one plain line, naming the index. */
  public String describe() {
    return switch (kind) {
      case MISSING -> "no index at " + indexDir;
      case DAMAGED -> "the index at " + indexDir + " is damaged (" + detail + ")";
      case UNREADABLE -> "cannot read the index at " + indexDir + " (" + detail + ")";
    };
  }
}
