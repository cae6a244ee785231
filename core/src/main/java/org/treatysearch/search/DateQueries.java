package org.treatysearch.search;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.search.Query;
import org.treatysearch.index.IndexFields;

/**
 * The value of a {@code date:} query as a Lucene query on the passages' date ranges: {@code 1945},
 * {@code 1945-08}, {@code 1945-08-14}, or a range of two of them {@code 1945..1946},
 * {@code 1945-08..1945-10} (either end may be left open: {@code 1945..}, {@code ..1911}). A bound
 * covers its whole year or month ({@code 1945..1946} ends on 1946-12-31). A passage matches when
 * one of its dates overlaps (a lunar year that runs into January 1946 matches {@code date:1946}).
 */
public final class DateQueries {
  private static final Pattern ONE = Pattern.compile("(\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

  private DateQueries() {}

  /** @throws QuerySyntaxException a value that is not such a date or range; the message says why */
  public static Query parse(String value) throws QuerySyntaxException {
    long[] range = range(value);
    return LongRange.newIntersectsQuery(IndexFields.DATE, new long[] {range[0]}, new long[] {range[1]});
  }

  /** First and last epoch day the value covers. */
  static long[] range(String value) throws QuerySyntaxException {
    String v = value.strip();
    int dots = v.indexOf("..");
    if (dots < 0) {
      if (v.isEmpty()) {
        throw bad(value, "no date");
      }
      return bounds(value, v);
    }
    if (v.indexOf("..", dots + 2) >= 0) {
      throw bad(value, "one '..' at most");
    }
    String from = v.substring(0, dots).strip();
    String to = v.substring(dots + 2).strip();
    if (from.isEmpty() && to.isEmpty()) {
      throw bad(value, "a range needs at least one end");
    }
    long first = from.isEmpty() ? Long.MIN_VALUE : bounds(value, from)[0];
    long last = to.isEmpty() ? Long.MAX_VALUE : bounds(value, to)[1];
    if (first > last) {
      throw bad(value, "the range ends before it starts");
    }
    return new long[] {first, last};
  }

  private static long[] bounds(String value, String date) throws QuerySyntaxException {
    Matcher m = ONE.matcher(date);
    if (!m.matches()) {
      throw bad(value, "'" + date + "' is not YYYY, YYYY-MM or YYYY-MM-DD");
    }
    int year = Integer.parseInt(m.group(1));
    try {
      if (m.group(2) == null) {
        return new long[] {LocalDate.of(year, 1, 1).toEpochDay(), LocalDate.of(year, 12, 31).toEpochDay()};
      }
      YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
      if (m.group(3) == null) {
        return new long[] {month.atDay(1).toEpochDay(), month.atEndOfMonth().toEpochDay()};
      }
      long day = month.atDay(Integer.parseInt(m.group(3))).toEpochDay();
      return new long[] {day, day};
    } catch (DateTimeException e) {
      throw bad(value, "'" + date + "' is no such date");
    }
  }

  private static QuerySyntaxException bad(String value, String why) {
    return new QuerySyntaxException("date:" + value + ": " + why);
  }
}
