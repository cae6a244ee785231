package org.treatysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.util.BytesRef;
import org.treatysearch.analysis.BreakMarkFilter;
import org.treatysearch.analysis.Folding;

/**
 * Han words as Lucene {@link Intervals} over the grams field, whose unigrams stand one position
 * per indexed character (punctuation is not indexed, so it is not counted): wildcards of SPEC §3
 * ({@code ?} exactly one character, {@code *} up to {@link #MAX_STAR}) and the words of
 * proximity queries. A pattern stays inside one run of text: it never matches across the
 * punctuation or space that {@link BreakMarkFilter} marks.
 */
final class HanPatterns {
  /** SPEC §3: {@code *} inside a Han word stands for at most 10 characters. */
  static final int MAX_STAR = 10;
  /**
   * A {@code ?} at the edge of a word is a bigram wildcard ({@code 尔?}); a character starts at
   * most a few hundred distinct bigrams in a large corpus; 1024 is BooleanQuery's clause limit.
   */
  private static final int MAX_EDGE_EXPANSIONS = 1024;

  /** A break in the text between two tokens (see {@link BreakMarkFilter}). */
  private static final IntervalsSource BREAK = Intervals.term(BreakMarkFilter.MARK);

  private HanPatterns() {}

  /** A word without wildcards: its characters at consecutive positions (a Latin run is one term). */
  static IntervalsSource word(String field, String word) {
    List<IntervalsSource> parts = new ArrayList<>();
    for (String unit : units(word)) {
      parts.add(Intervals.term(unit));
    }
    if (parts.isEmpty()) {
      return null;
    }
    return parts.size() == 1 ? parts.get(0) : Intervals.phrase(parts.toArray(IntervalsSource[]::new));
  }

  /**
   * The indexed units of a word, folded as the index folds: one per Han character, one per run
   * of letters or digits; punctuation dropped.
   */
  static List<String> units(String word) {
    List<String> out = new ArrayList<>();
    String folded = Folding.fold(word).toLowerCase(Locale.ROOT);
    StringBuilder latin = new StringBuilder();
    folded.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) && !HanChars.isHan(cp) && !isKana(cp)) {
        latin.appendCodePoint(cp);
        return;
      }
      if (latin.length() > 0) {
        out.add(latin.toString());
        latin.setLength(0);
      }
      if (Character.isLetterOrDigit(cp)) {
        out.add(new String(Character.toChars(cp)));
      }
    });
    if (latin.length() > 0) {
      out.add(latin.toString());
    }
    return out;
  }

  private static boolean isKana(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA
        || s == Character.UnicodeScript.HANGUL;
  }

  /** One literal run of a pattern and the gap before the next: {@code min..max} characters. */
  private record Piece(String text, int minGap, int maxGap) {}

  /**
   * A Han pattern ({@code 雅?塔}, {@code 中*条约}); null when nothing is left to search
   * ({@code *} alone). A {@code *} at either end adds nothing: a word already matches anywhere.
   *
   * @throws IllegalArgumentException a pattern this cannot express (the reason is the message)
   */
  static IntervalsSource pattern(String field, String pattern) {
    String p = pattern;
    while (p.startsWith("*")) {
      p = p.substring(1);
    }
    while (p.endsWith("*")) {
      p = p.substring(0, p.length() - 1);
    }
    int leading = 0;
    while (leading < p.length() && p.charAt(leading) == '?') {
      leading++;
    }
    int trailing = 0;
    while (trailing < p.length() - leading && p.charAt(p.length() - 1 - trailing) == '?') {
      trailing++;
    }
    String core = p.substring(leading, p.length() - trailing);
    if (core.isEmpty()) {
      return null;
    }
    if (leading > 1 || trailing > 1) {
      throw new IllegalArgumentException("at most one '?' at each end of a word");
    }
    List<Piece> pieces = pieces(core);
    IntervalsSource src = null;
    for (int i = 0; i < pieces.size(); i++) {
      Piece piece = pieces.get(i);
      List<String> units = units(piece.text());
      if (units.isEmpty()) {
        throw new IllegalArgumentException("nothing but punctuation between the wildcards");
      }
      if (i == 0 && leading == 1) {
        units.set(0, "?" + units.get(0)); // a bigram ending in the first character
      }
      if (i == pieces.size() - 1 && trailing == 1) {
        units.set(units.size() - 1, units.get(units.size() - 1) + "?");
      }
      IntervalsSource literal = literal(units);
      src = src == null ? literal : joined(src, pieces.get(i - 1), literal);
    }
    return Intervals.notContaining(src, BREAK);
  }

  private static IntervalsSource literal(List<String> units) {
    List<IntervalsSource> parts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      String u = units.get(i);
      if (u.startsWith("?") || u.endsWith("?")) {
        // the edge '?': the bigram of this character and its neighbour. A leading one stands a
        // position before the word, so the phrase starts there.
        parts.add(Intervals.wildcard(new BytesRef(u), MAX_EDGE_EXPANSIONS));
        if (u.startsWith("?")) {
          parts.add(Intervals.term(u.substring(1)));
        }
      } else {
        parts.add(Intervals.term(u));
      }
    }
    return parts.size() == 1 ? parts.get(0) : Intervals.phrase(parts.toArray(IntervalsSource[]::new));
  }

  /**
   * {@code left}, then a gap of {@code before.minGap..before.maxGap} positions, then {@code right}.
   * maxgaps(n) keeps gaps of at most n; a gap of at least m is what remains after removing the
   * intervals that hold a tighter match (maxgaps(m-1)).
   */
  private static IntervalsSource joined(IntervalsSource left, Piece before, IntervalsSource right) {
    IntervalsSource upTo = before.maxGap() == 0
        ? Intervals.phrase(left, right)
        : Intervals.maxgaps(before.maxGap(), Intervals.ordered(left, right));
    if (before.minGap() == 0) {
      return upTo;
    }
    IntervalsSource tighter = before.minGap() == 1
        ? Intervals.phrase(left, right)
        : Intervals.maxgaps(before.minGap() - 1, Intervals.ordered(left, right));
    return Intervals.notContaining(upTo, tighter);
  }

  /** Literal runs and the wildcard gaps between them. */
  private static List<Piece> pieces(String core) {
    List<Piece> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < core.length()) {
      char c = core.charAt(i);
      if (c != '*' && c != '?') {
        text.append(c);
        i++;
        continue;
      }
      int min = 0;
      int max = 0;
      while (i < core.length() && (core.charAt(i) == '*' || core.charAt(i) == '?')) {
        if (core.charAt(i) == '?') {
          min++;
          max++;
        } else {
          max += MAX_STAR;
        }
        i++;
      }
      out.add(new Piece(text.toString(), min, Math.min(max, min + MAX_STAR)));
      text.setLength(0);
    }
    out.add(new Piece(text.toString(), 0, 0));
    return out;
  }

  /** {@code "A B"~N}: every word within a window with at most N characters between them, any order. */
  static IntervalsSource near(String field, List<String> words, int slop) {
    List<IntervalsSource> parts = new ArrayList<>();
    for (String w : words) {
      IntervalsSource s = word(field, w);
      if (s != null) {
        parts.add(s);
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return Intervals.maxgaps(slop, Intervals.unordered(parts.toArray(IntervalsSource[]::new)));
  }
}
