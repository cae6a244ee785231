package org.treatysearch.output;

import java.math.BigDecimal;

/** Score formatting for the delimited formats. */
final class Scores {
  private Scores() {}

  /** The shortest decimal that reads back as the same float, never in exponent notation. */
  static String plain(float score) {
    if (Float.isNaN(score) || Float.isInfinite(score)) {
      return Float.toString(score);
    }
    return new BigDecimal(Float.toString(score)).stripTrailingZeros().toPlainString();
  }
}
