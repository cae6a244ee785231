package org.treatysearch.corpus;

import java.util.List;

/** A heading and the passages under it; the lead section has the empty path. */
public record Section(List<String> path, List<Passage> passages) {
  public Section {
    path = List.copyOf(path);
    passages = List.copyOf(passages);
  }
}
