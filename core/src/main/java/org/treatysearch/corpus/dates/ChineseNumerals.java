package org.treatysearch.corpus.dates;

/**
 * Numbers as dates write them: Arabic digits (ASCII or full-width), digit-by-digit Chinese
 * (一九四五, 〇/零 for 0), counted Chinese up to 99 (十, 二十二, 廿一, 卅), 元 (1, for years) and the
 * lunar forms 正 (month 1), 冬 (11), 腊/臘 (12) and 初N (day N). Returns -1 for anything else.
 */
final class ChineseNumerals {
  private ChineseNumerals() {}

  private static final String DIGITS = "〇一二三四五六七八九";

  static int digit(char c) {
    if (c == '零') {
      return 0;
    }
    int d = DIGITS.indexOf(c);
    if (d >= 0) {
      return d;
    }
    return Character.isDigit(c) ? Character.digit(c, 10) : -1;
  }

  /** Parses one of the forms above; -1 when it is not a number. */
  static int parse(String s) {
    if (s.isEmpty()) {
      return -1;
    }
    switch (s) {
      case "元": case "正": return 1;
      case "冬": return 11;
      case "腊": case "臘": return 12;
      default: break;
    }
    if (s.startsWith("初")) {
      int n = parse(s.substring(1));
      return n >= 1 && n <= 10 ? n : -1;
    }
    if (s.indexOf('十') < 0 && s.indexOf('廿') < 0 && s.indexOf('卅') < 0) {
      int n = 0; // digit by digit: 1945, 一九四五, 三
      for (int i = 0; i < s.length(); i++) {
        int d = digit(s.charAt(i));
        if (d < 0) {
          return -1;
        }
        n = n * 10 + d;
      }
      return n;
    }
    int tens;
    String rest;
    char first = s.charAt(0);
    if (first == '廿' || first == '卅') {
      tens = first == '廿' ? 2 : 3;
      rest = s.substring(1);
    } else {
      int ten = s.indexOf('十');
      if (ten > 1 || ten < 0) {
        return -1;
      }
      tens = ten == 0 ? 1 : digit(s.charAt(0));
      if (tens < 1) {
        return -1;
      }
      rest = s.substring(ten + 1);
    }
    if (rest.isEmpty()) {
      return tens * 10;
    }
    int units = rest.length() == 1 ? digit(rest.charAt(0)) : -1;
    return units >= 1 ? tens * 10 + units : -1;
  }
}
