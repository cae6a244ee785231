package org.treatysearch.index;

/**
 * A date mention's range of epoch days ({@link IndexFields#DATE}) as text, {@code FIRST,LAST}: how
 * the CLI sends it to a Solr collection, whose plugin field type indexes it as the embedded index
 * does (one {@link org.apache.lucene.document.LongRange} per mention), so {@code date:} queries
 * match the same passages.
 */
public final class DayRanges {
  private DayRanges() {}

  public static String text(long firstDay, long lastDay) {
    return firstDay + "," + lastDay;
  }

  /** @throws IllegalArgumentException not two integers {@code FIRST,LAST} with FIRST &lt;= LAST */
  public static long[] parse(String text) {
    int comma = text.indexOf(',');
    if (comma < 0) {
      throw new IllegalArgumentException("expected FIRST,LAST (epoch days), was '" + text + "'");
    }
    try {
      long first = Long.parseLong(text.substring(0, comma).strip());
      long last = Long.parseLong(text.substring(comma + 1).strip());
      if (first > last) {
        throw new IllegalArgumentException("first day after last day: '" + text + "'");
      }
      return new long[] {first, last};
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected FIRST,LAST (epoch days), was '" + text + "'", e);
    }
  }
}
