package org.treatysearch.search;

/** A query that does not parse; the message says what is wrong and where, in one line. */
public class QuerySyntaxException extends Exception {
  public QuerySyntaxException(String message) {
    super(message);
  }
}
