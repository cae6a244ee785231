package org.treatysearch.output;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatysearch.corpus.dates.DateMention;
import org.treatysearch.search.Hit;

/**
 * The entries of {@code treaty timeline}: one per date a matching passage mentions (a passage that
 * names three dates stands at each of them; the same date twice in a passage counts once), in
 * date order: by first day, a year or month before the days inside it, then by document order.
 */
public final class Timeline {
  /** One dated mention of one hit. */
  public record Entry(Hit hit, DateMention date) {
    /** The Gregorian year the mention is filed under (of its ISO date). */
    public int year() {
      return Integer.parseInt(date.date().substring(0, 4));
    }
  }

  private static final Comparator<Entry> ORDER = Comparator
      .comparingLong((Entry e) -> e.date().firstDay())
      .thenComparing(e -> -e.date().lastDay())
      .thenComparingInt(e -> e.hit().rank())
      .thenComparingInt(e -> e.date().start());

  private final List<Entry> entries = new ArrayList<>();

  /**
   * Adds {@code hit}'s dates (none: nothing), each at its most precise: a mention whose days hold
   * another mention of the same passage is left out (民國82年（1993年）4月12日 stands once, at
   * 1993-04-12, not also at 1993).
   */
  public void add(Hit hit) {
    Set<String> seen = new HashSet<>();
    for (DateMention d : hit.dates()) {
      if (!holdsAnother(d, hit.dates()) && seen.add(d.date())) {
        entries.add(new Entry(hit, d));
      }
    }
  }

  private static boolean holdsAnother(DateMention d, List<DateMention> all) {
    for (DateMention other : all) {
      boolean inside = other.firstDay() >= d.firstDay() && other.lastDay() <= d.lastDay();
      boolean smaller = other.lastDay() - other.firstDay() < d.lastDay() - d.firstDay();
      if (inside && smaller) {
        return true;
      }
    }
    return false;
  }

  /** The entries in date order. */
  public List<Entry> entries() {
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(ORDER);
    return sorted;
  }
}
