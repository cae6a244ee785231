package org.treatysearch.search;

/**
 * What the command-line options say besides the query. Restrictions, applied on top of it: each
 * non-null value must match ({@code article}: an article id, folded like words; {@code section}: a
 * heading word or phrase, matched like {@code section:}; {@code kind}: paragraph, list-item,
 * quote, table-row or footnote); {@code noAppendix} leaves out passages under appendix headings
 * (SPEC §2). And {@code aliases}: the variant names each query word stands for.
 */
public record Filters(String article, String section, String kind, boolean noAppendix, Aliases aliases) {
  public static final Filters NONE = new Filters(null, null, null, false, Aliases.NONE);

  public Filters {
    aliases = aliases == null ? Aliases.NONE : aliases;
  }

  public Filters(String article, String section, String kind) {
    this(article, section, kind, false, Aliases.NONE);
  }

  public Filters(String article, String section, String kind, boolean noAppendix) {
    this(article, section, kind, noAppendix, Aliases.NONE);
  }

  /** These filters, with query words expanded to their variant names. */
  public Filters withAliases(Aliases a) {
    return new Filters(article, section, kind, noAppendix, a);
  }
}
