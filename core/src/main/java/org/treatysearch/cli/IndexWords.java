package org.treatysearch.cli;

import org.treatysearch.index.IndexFault;
import org.treatysearch.index.IndexingFailure;
import org.treatysearch.search.IndexUnavailableException;

/**
 * The sentences for an index that cannot be read or written: the facts the lower layers report,
 * and the {@code treaty index} command that remedies them (only the CLI knows its own commands).
 */
final class IndexWords {
  private IndexWords() {}

  /** A missing index: how to build one; a damaged one: how to rebuild it (with its corpus, when the commit recorded it). */
  static String fault(IndexFault fault) {
    String index = ShellWords.path(fault.indexDir().toString());
    return switch (fault.kind()) {
      // the corpus is not known yet: DIR stands for a folder of *.md/*.txt articles
      case MISSING -> fault.describe() + "; build it from a folder of articles with: treaty index --corpus DIR --index " + index;
      case DAMAGED -> fault.describe() + "; rebuild it with: treaty index "
          + (fault.corpus() == null ? "" : "--corpus " + ShellWords.path(fault.corpus()) + " ") + "--index " + index;
      case UNREADABLE -> fault.describe();
    };
  }

  static String unavailable(IndexUnavailableException e) {
    return e.fault() == null ? Errors.firstLine(e.getMessage()) : fault(e.fault());
  }

  /** A failed indexing run, and what to do next when there is something to do. */
  static String failure(IndexingFailure f) {
    return switch (f.reason()) {
      case LOCKED -> "another 'treaty index' is already writing " + f.indexDir() + "; try again when it ends";
      // the skipped files were each printed on stderr before this line
      case NOTHING_TO_INDEX -> "nothing to index in " + f.corpusDir() + " (no readable *.md or *.txt file"
          + (f.skipped() > 0 ? "; " + f.skipped() + " skipped, named above" : "") + ")" + f.outcomeClause()
          + checkAdvice(f);
      default -> f.describe() + checkAdvice(f);
    };
  }

  /** When the run could not tell whether its commit landed: how to find out. */
  private static String checkAdvice(IndexingFailure f) {
    return f.outcome() == IndexingFailure.Outcome.PREVIOUS_OR_NEW
        ? ": check it with: treaty index --check --index " + ShellWords.path(f.indexDir().toString())
        : "";
  }
}
