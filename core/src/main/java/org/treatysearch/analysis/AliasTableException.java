package org.treatysearch.analysis;

/**
 * A line of an alias table that cannot be read. Carries the facts (which table, which line, what
 * is wrong); the cli words the sentence the user reads.
 */
public final class AliasTableException extends Exception {
  private final String table;
  private final int line;
  private final String reason;

  public AliasTableException(String table, int line, String reason) {
    super(table + ":" + line + ": " + reason);
    this.table = table;
    this.line = line;
    this.reason = reason;
  }

  /** The file (or resource) name as given. */
  public String table() {
    return table;
  }

  /** 1-based line number; 0 when the table could not be read at all. */
  public int line() {
    return line;
  }

  public String reason() {
    return reason;
  }
}
