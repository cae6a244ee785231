package org.treatysearch.search;

/**
 * Restrictions from command-line options, applied on top of the query: each non-null value must
 * match ({@code article}: an article id; {@code section}: a heading word or phrase, matched like
 * {@code section:}; {@code kind}: paragraph, list-item, quote or footnote).
 */
public record Filters(String article, String section, String kind) {
  public static final Filters NONE = new Filters(null, null, null);
}
