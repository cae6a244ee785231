package org.treatysearch.corpus.dates;

/**
 * One date expression in a passage's text. {@code date} is ISO as precise as the text
 * ({@code 1945}, {@code 1945-10}, {@code 1945-10-20}); {@code expression} the text as written;
 * {@code start}/{@code end} code points of the passage text; {@code firstDay}..{@code lastDay} the
 * Gregorian days it covers, as epoch days, inclusive (a lunar year or month covers its own days,
 * which need not match the Gregorian year or month of {@code date}).
 */
public record DateMention(
    String date, Precision precision, String expression, int start, int end, long firstDay, long lastDay) {

  public DateMention {
    if (firstDay > lastDay) {
      throw new IllegalArgumentException("empty range for " + expression);
    }
  }
}
