package org.treatysearch.index;

import java.util.List;
import org.treatysearch.corpus.WikiLink;

/** What a passage or footnote document stores besides its text, as one JSON field. */
public record StoredHit(
    String title,
    String source,
    List<String> section,
    List<Integer> refs,
    List<StoredHit.Note> footnotes,
    List<WikiLink> links) {

  /** A cited footnote resolved to its text. */
  public record Note(int n, String text) {}
}
