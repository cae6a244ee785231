package org.treatysearch.index;

import java.util.Locale;
import org.treatysearch.analysis.Folding;

/**
 * The index schema, shared by the writer and the searcher. Every searchable text exists twice:
 * as character grams (so a query word matches any contiguous run of characters, whatever the
 * word segmenter did) and as smartcn words (word-level BM25 for ranking).
 */
public final class IndexFields {
  private IndexFields() {}

  /** {@link #ARTICLE_KEY} of an id. */
  public static String articleKey(String id) {
    return Folding.fold(id).toLowerCase(Locale.ROOT);
  }

  /** {@link #HIT} for passages and footnotes, {@link #ARTICLE_DOC} for the stored article model. */
  public static final String DOCTYPE = "doctype";
  public static final String HIT = "hit";
  public static final String ARTICLE_DOC = "article";

  public static final String ID = "id";
  public static final String ARTICLE = "article";
  /** The article id folded like words (Traditional → Simplified, lower case): {@code --article} and {@code article:} look here. */
  public static final String ARTICLE_KEY = "article.key";
  public static final String KIND = "kind";
  /** Position within the article (passages 1..N, then footnotes after them): document order. */
  public static final String SEQ = "seq";

  public static final String TEXT = "text";
  public static final String SECTION = "section";
  public static final String TITLE = "title";
  public static final String LINK = "link";
  /** "true" on the passages under an appendix heading (SPEC §2), indexed and stored; absent on the others. */
  public static final String APPENDIX = "appendix";
  public static final String APPENDIX_TRUE = "true";
  /** Each date mention of a hit as a range of epoch days (LongRange, one dimension). */
  public static final String DATE = "date";

  /** Suffix of the smartcn word-level twin of a grams field. */
  public static final String WORDS = ".words";


  /** Footnotes sort after every passage of their article. */
  public static final int FOOTNOTE_SEQ_BASE = 1 << 24;
}
