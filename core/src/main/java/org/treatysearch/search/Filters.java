package org.treatysearch.search;

/**
 * Restrictions from command-line options, applied on top of the query: each non-null value must
 * match ({@code article}: an article id, folded like words; {@code section}: a heading word or
 * phrase, matched like {@code section:}; {@code kind}: paragraph, list-item, quote, table-row or
 * footnote); {@code noAppendix} leaves out passages under appendix headings (SPEC §2).
 */
public record Filters(String article, String section, String kind, boolean noAppendix) {
  public static final Filters NONE = new Filters(null, null, null, false);

  public Filters(String article, String section, String kind) {
    this(article, section, kind, false);
  }

  public boolean isNone() {
    return article == null && section == null && kind == null && !noAppendix;
  }
}
