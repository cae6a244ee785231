package org.treatysearch.corpus.dates;

/** Which calendar an era's years, months and days are counted in. */
public enum EraCalendar {
  /** Chinese lunisolar calendar (reign eras of the Qing and earlier): ICU4J ChineseCalendar. */
  CHINESE,
  /** Republic of China years on the Gregorian calendar: java.time MinguoChronology. */
  MINGUO,
  /** Japanese eras on the Gregorian calendar: java.time JapaneseChronology. */
  JAPANESE
}
