package org.treatysearch.output;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterEnums.ECharacterCategory;
import com.ibm.icu.lang.UProperty;

/**
 * Terminal columns of a string, from Unicode's East Asian Width property (ICU4J): Fullwidth and
 * Wide characters (CJK ideographs, full-width punctuation) take two columns, combining marks none,
 * everything else one.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  private static int columns(int cp) {
    int type = UCharacter.getType(cp);
    if (type == ECharacterCategory.NON_SPACING_MARK || type == ECharacterCategory.ENCLOSING_MARK) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.FULLWIDTH || eaw == UCharacter.EastAsianWidth.WIDE ? 2 : 1;
  }

  /** Columns {@code s} takes on a terminal. */
  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += columns(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code s} followed by spaces up to {@code columns} display columns (unchanged when already as wide). */
  public static String pad(String s, int columns) {
    int missing = columns - of(s);
    return missing <= 0 ? s : s + " ".repeat(missing);
  }
}
