package org.treatysearch.corpus;

/** A corpus file that cannot be ingested (empty, binary, not UTF-8, unreadable). The message names the file. */
public class BadInputException extends Exception {
  public BadInputException(String message) {
    super(message);
  }
}
