package org.treatysearch.index;

/**
 * The index schema, shared by the writer and the searcher. Every searchable text exists twice:
 * as character grams (so a query word matches any contiguous run of characters, whatever the
 * word segmenter did) and as smartcn words (word-level BM25 for ranking).
 */
public final class IndexFields {
  private IndexFields() {}

  /** {@link #HIT} for passages and footnotes, {@link #ARTICLE_DOC} for the stored article model. */
  public static final String DOCTYPE = "doctype";
  public static final String HIT = "hit";
  public static final String ARTICLE_DOC = "article";

  public static final String ID = "id";
  public static final String ARTICLE = "article";
  public static final String KIND = "kind";
  /** Position within the article (passages 1..N, then footnotes after them): document order. */
  public static final String SEQ = "seq";

  public static final String TEXT = "text";
  public static final String SECTION = "section";
  public static final String TITLE = "title";
  public static final String LINK = "link";

  /** Suffix of the smartcn word-level twin of a grams field. */
  public static final String WORDS = ".words";


  /** Footnotes sort after every passage of their article. */
  public static final int FOOTNOTE_SEQ_BASE = 1 << 24;
}
