package org.treatysearch.index;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Why a run of the indexer failed as a whole, as facts: what went wrong, the index and corpus
 * folders, the underlying reason, the files skipped, and what became of the previous index.
 * {@link #describe()} says it plainly; what to run next is the CLI's to say.
 *
 * @param corpusDir the corpus folder, null when the reason does not concern it
 * @param detail the underlying reason (an I/O error's words), empty when there is none
 * @param skipped files skipped before the run gave up ({@link Reason#NOTHING_TO_INDEX})
 */
public record IndexingFailure(Reason reason, Path indexDir, Path corpusDir, String detail, int skipped, Outcome outcome) {
  /** What went wrong. */
  public enum Reason {
    /** The index folder could not be created. */
    CANNOT_CREATE_FOLDER,
    /** The corpus folder could not be listed; {@code detail} is the problem. */
    CANNOT_LIST_CORPUS,
    /** Another run holds the index's {@code write.lock}. */
    LOCKED,
    /** The index could not be opened for writing. */
    CANNOT_OPEN,
    /** The corpus folder holds no article that could be indexed. */
    NOTHING_TO_INDEX,
    /** The run was interrupted. */
    INTERRUPTED,
    /** Writing the new index failed (disk full, an I/O error). */
    CANNOT_WRITE
  }

  /** What became of the index that was there before the run. */
  public enum Outcome {
    /** Nothing to say: the run never reached the index, or there was none. */
    NOT_SAID,
    /** The previous commit is still the index (Lucene never touches a commit it made). */
    PREVIOUS_UNCHANGED,
    /** The commit could not be read back: the index is the previous one or the new one. */
    PREVIOUS_OR_NEW
  }

  public IndexingFailure {
    Objects.requireNonNull(reason);
    Objects.requireNonNull(indexDir);
    Objects.requireNonNull(outcome);
    detail = detail == null ? "" : detail;
  }

  public static IndexingFailure of(Reason reason, Path indexDir, String detail, Outcome outcome) {
    return new IndexingFailure(reason, indexDir, null, detail, 0, outcome);
  }

  /** The failure in one plain line. */
  public String describe() {
    String what = switch (reason) {
      case CANNOT_CREATE_FOLDER -> "cannot create the index folder " + indexDir + " (" + detail + ")";
      case CANNOT_LIST_CORPUS -> corpusDir + ": " + detail;
      case LOCKED -> "another run is already writing " + indexDir;
      case CANNOT_OPEN -> "cannot open the index at " + indexDir + " for writing (" + detail + ")";
      case NOTHING_TO_INDEX -> "nothing to index in " + corpusDir + " (no readable *.md or *.txt file"
          + (skipped > 0 ? "; " + skipped + " skipped" : "") + ")";
      case INTERRUPTED -> "indexing interrupted";
      case CANNOT_WRITE -> "cannot write the index at " + indexDir + " (" + detail + ")";
    };
    return Indexer.oneLine(what + outcomeClause());
  }

  /** "; the previous index is unchanged", "; the index may be the previous or the new one", or "". */
  public String outcomeClause() {
    return switch (outcome) {
      case NOT_SAID -> "";
      case PREVIOUS_UNCHANGED -> "; the previous index is unchanged";
      case PREVIOUS_OR_NEW -> "; the index may be the previous or the new one";
    };
  }
}
