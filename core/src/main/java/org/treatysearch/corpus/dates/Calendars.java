package org.treatysearch.corpus.dates;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.chrono.MinguoDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Day arithmetic of the three calendars, each by its library: ICU4J's ChineseCalendar for lunar
 * dates, java.time for Gregorian, Minguo and Japanese ones. Days are epoch days (1970-01-01 = 0).
 * Methods return null (ranges) or {@link #NONE} (days) for a date the calendar does not have
 * (a 30th day of a 29-day month, a leap month the year lacks, 2月30日).
 */
final class Calendars {
  static final long NONE = Long.MIN_VALUE;
  /** Julian day number of 1970-01-01. */
  private static final long EPOCH_JULIAN_DAY = 2440588;
  /** ICU's extended Chinese year 1 is 2637 BCE, i.e. astronomical year -2636. */
  private static final int CHINESE_YEAR_OFFSET = 2637;

  private Calendars() {}

  /** Not thread-safe objects; indexing runs several threads. */
  private static final ThreadLocal<ChineseCalendar> CHINESE = ThreadLocal.withInitial(() -> {
    ChineseCalendar c = new ChineseCalendar();
    c.setLenient(false);
    return c;
  });

  /** The epoch day of lunar {@code day} of {@code month} (leap or not) of the lunar year beginning in Gregorian {@code year}. */
  static long lunarDay(int year, int month, boolean leap, int day) {
    ChineseCalendar c = CHINESE.get();
    try {
      c.clear();
      c.set(Calendar.EXTENDED_YEAR, year + CHINESE_YEAR_OFFSET);
      c.set(Calendar.MONTH, month - 1);
      c.set(Calendar.IS_LEAP_MONTH, leap ? 1 : 0);
      c.set(Calendar.DAY_OF_MONTH, day);
      long julian = c.get(Calendar.JULIAN_DAY);
      // ICU moves a leap month the year lacks to the plain month: read the fields back
      boolean same = c.get(Calendar.MONTH) == month - 1 && c.get(Calendar.IS_LEAP_MONTH) == (leap ? 1 : 0)
          && c.get(Calendar.DAY_OF_MONTH) == day && c.get(Calendar.EXTENDED_YEAR) == year + CHINESE_YEAR_OFFSET;
      return same ? julian - EPOCH_JULIAN_DAY : NONE;
    } catch (IllegalArgumentException e) {
      return NONE; // non-lenient ICU rejects a day or leap month the year does not have
    }
  }

  /** First and last epoch day of a lunar month, or null. */
  static long[] lunarMonth(int year, int month, boolean leap) {
    long first = lunarDay(year, month, leap, 1);
    if (first == NONE) {
      return null;
    }
    ChineseCalendar c = CHINESE.get();
    return new long[] {first, first + c.getActualMaximum(Calendar.DAY_OF_MONTH) - 1};
  }

  /** First and last epoch day of the lunar year that begins in Gregorian {@code year}. */
  static long[] lunarYear(int year) {
    return new long[] {lunarDay(year, 1, false, 1), lunarDay(year + 1, 1, false, 1) - 1};
  }

  static long gregorianDay(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return NONE;
    }
  }

  static long minguoDay(int rocYear, int month, int day) {
    try {
      return MinguoDate.of(rocYear, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return NONE;
    }
  }

  static long japaneseDay(String eraName, int yearOfEra, int month, int day) {
    JapaneseEra era = japaneseEra(eraName);
    try {
      return era == null ? NONE : JapaneseDate.of(era, yearOfEra, month, day).toEpochDay();
    } catch (DateTimeException e) {
      return NONE;
    }
  }

  /** The JDK's era whose Japanese name is {@code name} (明治, 大正, 昭和, 平成, 令和), or null. */
  static JapaneseEra japaneseEra(String name) {
    for (JapaneseEra era : JapaneseEra.values()) {
      if (era.getDisplayName(TextStyle.FULL, Locale.JAPANESE).equals(name)) {
        return era;
      }
    }
    return null;
  }
}
