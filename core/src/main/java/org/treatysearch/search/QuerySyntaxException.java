package org.treatysearch.search;

/**
 * A query that does not parse or can find nothing; the message says what is wrong and where, in
 * one line. When the reason is an article id the index does not hold, {@link #unknownArticle()}
 * names it (the CLI says where to find the ids).
 */
public class QuerySyntaxException extends Exception {
  private final String unknownArticle;

  public QuerySyntaxException(String message) {
    this(message, null);
  }

  public QuerySyntaxException(String message, String unknownArticle) {
    super(message);
    this.unknownArticle = unknownArticle;
  }

  /** The article id asked for that no article has, or null. */
  public String unknownArticle() {
    return unknownArticle;
  }
}
