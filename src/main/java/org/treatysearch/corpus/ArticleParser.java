package org.treatysearch.corpus;

/** Parses one converted Wikipedia article (Markdown plus wikitext residue) into an {@link Article}. */
public final class ArticleParser {
  private ArticleParser() {}

  /** @param id the file name without extension */
  public static Article parse(String id, String markdown) {
    throw new UnsupportedOperationException("TODO");
  }
}
