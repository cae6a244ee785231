package org.treatysearch.search;

import java.util.List;

/** One page of ranked hits ({@code rank} counts from offset+1) and the total number of matches. */
public record Results(long total, List<Hit> hits) {
  public Results {
    hits = List.copyOf(hits);
  }
}
