package org.treatysearch.corpus;

import java.util.List;

/**
 * The unit of search and export. {@code id} is {@code ARTICLE#N}, N counting from 1 per article.
 * {@code kind} is one of {@link #PARAGRAPH}, {@link #LIST_ITEM}, {@link #QUOTE}, {@link #TABLE_ROW}
 * (strings, not an enum: the same words are index terms, query values and output keys, and
 * {@link Footnote#KIND} shares the field). {@code refs} are the footnote numbers cited by the
 * passage's markers, in order. {@code appendix} is true under a standard appendix heading
 * ({@link AppendixHeadings}) at any level of {@code section}.
 */
public record Passage(
    String id, String kind, List<String> section, String text, List<Integer> refs, List<WikiLink> links,
    boolean appendix) {

  public static final String PARAGRAPH = "paragraph";
  public static final String LIST_ITEM = "list-item";
  public static final String QUOTE = "quote";
  public static final String TABLE_ROW = "table-row";

  /** Every passage kind, in the order help texts list them. */
  public static final List<String> KINDS = List.of(PARAGRAPH, LIST_ITEM, QUOTE, TABLE_ROW);

  public Passage {
    section = List.copyOf(section);
    refs = List.copyOf(refs);
    links = List.copyOf(links);
  }

  /** A passage whose appendix flag follows from its section path, as ingestion computes it. */
  public Passage(String id, String kind, List<String> section, String text, List<Integer> refs, List<WikiLink> links) {
    this(id, kind, section, text, refs, links, AppendixHeadings.isAppendix(section));
  }

  /** The passage number N of {@code ARTICLE#N}. */
  public int n() {
    return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
  }
}
