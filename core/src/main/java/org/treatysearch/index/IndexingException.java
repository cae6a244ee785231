package org.treatysearch.index;

import java.io.IOException;

/**
 * A run of the indexer failed as a whole (disk full, I/O error, interrupted, index held by another
 * run, nothing to index). {@link #failure()} holds the facts; the message says them in one line,
 * naming the index or corpus and what became of the previous index.
 */
public class IndexingException extends IOException {
  private final transient IndexingFailure failure;

  public IndexingException(IndexingFailure failure, Throwable cause) {
    super(failure.describe(), cause);
    this.failure = failure;
  }

  public IndexingFailure failure() {
    return failure;
  }
}
