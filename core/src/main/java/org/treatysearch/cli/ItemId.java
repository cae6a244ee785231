package org.treatysearch.cli;

/** An id as {@code show} takes it: {@code ARTICLE}, {@code ARTICLE#N} or {@code ARTICLE#fnN}. */
record ItemId(String article, Kind kind, int n) {
  enum Kind { ARTICLE, PASSAGE, FOOTNOTE }

  boolean isArticle() {
    return kind == Kind.ARTICLE;
  }

  boolean isFootnote() {
    return kind == Kind.FOOTNOTE;
  }

  /** @return null when the text is not of one of the three forms */
  static ItemId parse(String text) {
    int hash = text.lastIndexOf('#');
    if (hash < 0) {
      return text.isBlank() ? null : new ItemId(text, Kind.ARTICLE, 0);
    }
    String article = text.substring(0, hash);
    String rest = text.substring(hash + 1);
    Kind kind = rest.startsWith("fn") ? Kind.FOOTNOTE : Kind.PASSAGE;
    String number = kind == Kind.FOOTNOTE ? rest.substring(2) : rest;
    if (article.isEmpty() || number.isEmpty() || number.length() > 9 || !number.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return new ItemId(article, kind, Integer.parseInt(number));
  }
}
