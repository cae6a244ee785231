package org.treatysearch.search;

import java.util.regex.Pattern;

/** What the query side needs to know about Han characters. */
final class HanChars {
  /** White space between two Han characters inside a quoted phrase joins them: Chinese has no word spaces. */
  private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

  private HanChars() {}

  static boolean isHan(int cp) {
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  static String joinHan(String phrase) {
    return SPACE_BETWEEN_HAN.matcher(phrase).replaceAll("");
  }
}
