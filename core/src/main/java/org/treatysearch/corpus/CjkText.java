package org.treatysearch.corpus;

/** Which characters count as CJK when deciding how to join hard-wrapped lines. */
final class CjkText {
  private CjkText() {}

  /** Han, kana, hangul, bopomofo, and the CJK/full-width punctuation blocks. */
  static boolean isCjk(int cp) {
    if (cp < 0x2E80) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    if (script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || script == Character.UnicodeScript.BOPOMOFO) {
      return true;
    }
    Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
    return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.CJK_COMPATIBILITY_FORMS
        || block == Character.UnicodeBlock.VERTICAL_FORMS;
  }

  /** ASCII/Unicode white space, including the full-width space U+3000. */
  static boolean isSpace(int cp) {
    return cp >= 0 && (Character.isWhitespace(cp) || Character.isSpaceChar(cp));
  }
}
