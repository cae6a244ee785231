package org.treatysearch.search;

/** An {@code article:} value or {@code --article} that no article of the index has. */
final class UnknownArticle extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private final String id;

  UnknownArticle(String id) {
    super("no article '" + id + "'");
    this.id = id;
  }

  String id() {
    return id;
  }
}
