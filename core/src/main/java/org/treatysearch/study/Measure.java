package org.treatysearch.study;

import java.util.Locale;

/**
 * Association scores of a collocate, from the 2x2 table of its co-occurrence with the node
 * (Evert, "The Statistics of Word Cooccurrences", 2005): {@code o11} = co-occurrences,
 * {@code window} = words in all the node's windows, {@code freq} = the collocate's frequency in
 * the whole index, {@code total} = words in the whole index, {@code nodes} = occurrences of the node.
 */
public enum Measure {
  /** Log-likelihood G², signed: negative when the pair occurs less often than chance would have it. */
  LL,
  /** Pointwise mutual information, log2(O11 / E11). */
  MI,
  /** logDice (Rychlý 2008): 14 + log2(2·O11 / (f(node) + f(collocate))); at most 14. */
  LOGDICE;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Measure of(String name) {
    for (Measure m : values()) {
      if (m.key().equals(name)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown measure '" + name + "'");
  }

  public double score(long o11, long window, long freq, long total, long nodes) {
    double n = Math.max(total, window + freq - o11);
    double o12 = window - o11;
    double o21 = Math.max(0, freq - o11);
    double o22 = Math.max(0, n - o11 - o12 - o21);
    double r1 = o11 + o12;
    double c1 = o11 + o21;
    double e11 = r1 * c1 / n;
    return switch (this) {
      case MI -> log2(o11 / e11);
      case LOGDICE -> 14 + log2(2.0 * o11 / (nodes + freq));
      case LL -> {
        double r2 = o21 + o22;
        double c2 = o12 + o22;
        double g2 = 2 * (term(o11, e11) + term(o12, r1 * c2 / n) + term(o21, r2 * c1 / n) + term(o22, r2 * c2 / n));
        yield o11 < e11 ? -g2 : g2;
      }
    };
  }

  private static double term(double o, double e) {
    return o == 0 ? 0 : o * Math.log(o / e);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
