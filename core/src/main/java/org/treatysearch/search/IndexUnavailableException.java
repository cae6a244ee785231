package org.treatysearch.search;

import org.treatysearch.index.IndexFault;

/**
 * The index is missing, unreadable or damaged: {@link #fault()} says which index and what is
 * wrong, the message says it in one line (the CLI adds how to build or rebuild it).
 */
public class IndexUnavailableException extends Exception {
  private final transient IndexFault fault;

  public IndexUnavailableException(IndexFault fault, Throwable cause) {
    super(fault.describe(), cause);
    this.fault = fault;
  }

  /** A failure known only by its message: {@link #fault()} is null. */
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
    this.fault = null;
  }

  /** What is wrong, or null when only the message says it. */
  public IndexFault fault() {
    return fault;
  }
}
