package org.treatysearch.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The text a date mention's days travel to a Solr collection as (the plugin's DayRangeField reads it). */
class DayRangesTest {
  @Test
  void aRangeOfDaysComesBackAsItWent() {
    // February 1945 (the Yalta conference's month), by java.time, not by the engine
    long first = LocalDate.of(1945, 2, 1).toEpochDay();
    long last = LocalDate.of(1945, 2, 28).toEpochDay();
    assertEquals("-9100,-9073", DayRanges.text(first, last)); // days before 1970-01-01, as Python's datetime counts them
    assertArrayEquals(new long[] {first, last}, DayRanges.parse(DayRanges.text(first, last)));
    assertArrayEquals(new long[] {7, 7}, DayRanges.parse(" 7 , 7 "));
  }

  @Test
  void whatIsNotARangeIsRefusedNamingIt() {
    for (String bad : new String[] {"", "7", "a,b", "1,2,3", "8,7"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DayRanges.parse(bad), bad);
      assertEquals(true, e.getMessage().contains("'" + bad + "'"), e.getMessage());
    }
  }
}
