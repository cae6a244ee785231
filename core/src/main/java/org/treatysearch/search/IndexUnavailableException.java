package org.treatysearch.search;

/** The index is missing, unreadable or damaged; the message names the directory and how to rebuild it. */
public class IndexUnavailableException extends Exception {
  public IndexUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
