package org.treatysearch.corpus.dates;

/** A row of eras.tsv: {@code name} folded to Simplified; {@code firstYear} the Gregorian year of 元年. */
public record Era(String name, String dynasty, int firstYear, EraCalendar calendar) {

  /** The Gregorian year in which year {@code n} of this era begins. */
  public int gregorianYear(int n) {
    return firstYear + n - 1;
  }
}
