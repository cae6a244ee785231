package org.treatysearch.corpus;

import java.util.List;

/**
 * A heading and the passages under it; the lead section has the empty path. {@code links} are
 * the wikilinks of the heading itself, their offsets counting code points of the heading title
 * (the last element of {@code path}); the index lets {@code link:} find the section's passages
 * through them.
 */
public record Section(List<String> path, List<Passage> passages, List<WikiLink> links) {
  public Section {
    path = List.copyOf(path);
    passages = List.copyOf(passages);
    links = List.copyOf(links);
  }

  /** A section whose heading has no links (the lead, most headings). */
  public Section(List<String> path, List<Passage> passages) {
    this(path, passages, List.of());
  }
}
