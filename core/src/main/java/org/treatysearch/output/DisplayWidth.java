package org.treatysearch.output;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * How many terminal columns a string takes, from Unicode's East Asian Width property (UAX #11,
 * ICU4J's table): Wide and Fullwidth characters take two columns, combining marks, format
 * characters and controls none, everything else one. Ambiguous characters (e.g. {@code ·},
 * {@code ›}) count as one, as terminals outside CJK locales draw them. Used to align columns that
 * hold Chinese text (stats) and, by the kwic command, concordance lines.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /** Columns the code point takes: 0, 1 or 2. */
  public static int of(int codePoint) {
    int type = UCharacter.getType(codePoint);
    if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK
        || type == UCharacterCategory.FORMAT || type == UCharacterCategory.CONTROL) {
      return 0;
    }
    int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** Columns the string takes. */
  public static int of(String s) {
    int columns = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      columns += of(cp);
      i += Character.charCount(cp);
    }
    return columns;
  }

  /** {@code s} followed by spaces up to {@code columns} (unchanged when it is that wide already). */
  public static String pad(String s, int columns) {
    int missing = columns - of(s);
    return missing <= 0 ? s : s + " ".repeat(missing);
  }

  /** Spaces up to {@code columns}, then {@code s}: right-aligned, for numbers. */
  public static String padLeft(String s, int columns) {
    int missing = columns - of(s);
    return missing <= 0 ? s : " ".repeat(missing) + s;
  }
}
