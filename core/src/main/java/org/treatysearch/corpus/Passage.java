package org.treatysearch.corpus;

import java.util.List;

/**
 * The unit of search and export. {@code id} is {@code ARTICLE#N}, N counting from 1 per article.
 * {@code kind} is one of {@link #PARAGRAPH}, {@link #LIST_ITEM}, {@link #QUOTE}. {@code refs}
 * are the footnote numbers cited by the passage's markers, in order.
 */
public record Passage(
    String id, String kind, List<String> section, String text, List<Integer> refs, List<WikiLink> links) {

  public static final String PARAGRAPH = "paragraph";
  public static final String LIST_ITEM = "list-item";
  public static final String QUOTE = "quote";

  public Passage {
    section = List.copyOf(section);
    refs = List.copyOf(refs);
    links = List.copyOf(links);
  }

  /** The passage number N of {@code ARTICLE#N}. */
  public int n() {
    return Integer.parseInt(id.substring(id.lastIndexOf('#') + 1));
  }
}
