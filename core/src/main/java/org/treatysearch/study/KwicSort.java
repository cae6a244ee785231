package org.treatysearch.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.treatysearch.analysis.Folding;

/**
 * The orders of a concordance, as AntConc and CQPweb sort: {@code left} by the left context read
 * backwards from the match (the word just before it first), {@code right} by the right context
 * read from the match on, {@code match} by the matched form. Keys are folded (Traditional =
 * Simplified) and lowercased, compared by code point; ties fall back to the matched form, then to
 * document order.
 */
public enum KwicSort {
  DOC, LEFT, RIGHT, MATCH;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for a name that is not an order */
  public static KwicSort of(String name) {
    for (KwicSort s : values()) {
      if (s.key().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown order '" + name + "'");
  }

  /** {@code lines} (in document order) in this order; a stable sort, so ties keep document order. */
  public List<KwicLine> sort(List<KwicLine> lines) {
    if (this == DOC) {
      return lines;
    }
    record Keyed(String first, String second, KwicLine line) {}
    List<Keyed> keyed = new ArrayList<>(lines.size());
    for (KwicLine l : lines) {
      String match = fold(l.match());
      keyed.add(switch (this) {
        case LEFT -> new Keyed(new StringBuilder(fold(l.left())).reverse().toString(), match, l);
        case RIGHT -> new Keyed(fold(l.right()), match, l);
        default -> new Keyed(match, "", l);
      });
    }
    keyed.sort(Comparator.comparing(Keyed::first, KwicSort::byCodePoint).thenComparing(Keyed::second, KwicSort::byCodePoint));
    List<KwicLine> out = new ArrayList<>(keyed.size());
    for (Keyed k : keyed) {
      out.add(k.line());
    }
    return out;
  }

  static String fold(String s) {
    return Folding.fold(s).toLowerCase(Locale.ROOT);
  }

  /** Code point order (String.compareTo orders UTF-16 units, which puts supplementary characters early). */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
