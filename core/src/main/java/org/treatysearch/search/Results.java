package org.treatysearch.search;

import java.util.List;

/**
 * One page of ranked hits ({@code rank} counts from offset+1) and the number of matches: exact up
 * to 1,000, a lower bound beyond (see {@code TreatySearcher}; {@code count} is always exact).
 */
public record Results(long total, List<Hit> hits) {
  public Results {
    hits = List.copyOf(hits);
  }
}
