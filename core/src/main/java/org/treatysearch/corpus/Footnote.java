package org.treatysearch.corpus;

import java.util.List;

/** An entry of the article's trailing footnote list; {@code id} is {@code ARTICLE#fnN}. */
public record Footnote(String id, int n, String text, List<WikiLink> links) {
  public static final String KIND = "footnote";

  public Footnote {
    links = List.copyOf(links);
  }

  public String kind() {
    return KIND;
  }
}
