package org.treatysearch.index;

import java.io.IOException;

/**
 * A run of the indexer failed as a whole (disk full, I/O error, interrupted, index held by another
 * run, nothing to index). The message is one line for people: it names the index or corpus and
 * says whether the previous index is unchanged.
 */
public class IndexingException extends IOException {
  public IndexingException(String message, Throwable cause) {
    super(Indexer.oneLine(message), cause);
  }
}
