package org.treatysearch.corpus.dates;

/** How precise a date mention is: the ISO form has 4, 7 or 10 characters. */
public enum Precision {
  YEAR,
  MONTH,
  DAY
}
