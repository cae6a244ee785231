package org.treatysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text-level residue rules of SPEC §2, applied to {@link RichText} in place:
 *
 * <ol>
 *   <li>footnote-marker sentinels become refs (in order) and leave the text;
 *   <li>stray {@code **} runs are removed: CommonMark's flanking rules leave emphasis markers
 *       unmatched next to CJK punctuation ({@code **《X》**是}), and they are never visible text;
 *   <li>wikitext residue no reader sees ({@link #RESIDUE}): template tails (pipe-separated
 *       parameters closed by two braces, with the opening braces and template name when they are
 *       still there), a key=value parameter run left unclosed at the end, stray double braces,
 *       and a pipe standing alone (caption closers go before parsing: {@link WikiResidue});
 *   <li>white space: a run containing a line break vanishes between two CJK characters and is one
 *       space otherwise; other runs of ASCII white space become one space; full-width spaces stay;
 *   <li>empty bracket pairs left by deleted templates ({@code （）}, {@code ()}, {@code （，）},
 *       {@code （；）}, {@code 《》}, {@code “”}) are removed, repeatedly (they nest);
 *   <li>leading and trailing white space (full-width too) is trimmed.
 * </ol>
 */
final class DisplayTextCleaner {
  private static final String OPENERS = "（(《“";
  private static final String CLOSERS = "）)》”";
  /** What may sit between an empty pair's brackets: separators left when template output vanished. */
  private static final String FILLERS = "，,；;、 \u3000";

  /**
   * In this order: a closed template with parameters, or only its tail; a key=value run left
   * unclosed at the end of the text; stray double braces; a lone pipe. Bounded
   * and possessive so a hostile line of pipes stays linear: parameters run at most 500
   * characters, 40 per template.
   */
  static final List<Pattern> RESIDUE = List.of(
      Pattern.compile("(?:\\{\\{[^{}|\\n]{0,200}+)?(?:\\|[^|{}]{0,500}+){1,40}+\\}\\}"),
      Pattern.compile("(?:\\{\\{[^{}|\\n]{0,200}+)?(?:\\|\\s*+[A-Za-z][\\w-]{0,30}+\\s*+=[^|{}]{0,500}+){1,40}+$"),
      Pattern.compile("\\{\\{|\\}\\}"),
      Pattern.compile("(?<=^|\\s)\\|+(?=\\s|$)"));

  private DisplayTextCleaner() {}

  /** Cleans {@code t} and returns the footnote numbers its markers cited. */
  static List<Integer> clean(RichText t) {
    List<Integer> refs = extractRefs(t);
    removeStrayEmphasis(t);
    for (Pattern p : RESIDUE) {
      t.removeMatching(p);
    }
    normalizeSpace(t);
    while (removeEmptyPairs(t)) {
      normalizeSpace(t);
    }
    trim(t);
    return refs;
  }

  private static List<Integer> extractRefs(RichText t) {
    List<Integer> refs = new ArrayList<>();
    boolean[] drop = new boolean[t.size()];
    boolean any = false;
    for (int i = 0; i < t.size(); i++) {
      if (t.cp(i) != FootnoteMarkers.OPEN) {
        continue;
      }
      int j = i + 1;
      long n = 0;
      while (j < t.size() && t.cp(j) >= '0' && t.cp(j) <= '9') {
        n = n * 10 + (t.cp(j) - '0');
        j++;
      }
      if (j < t.size() && t.cp(j) == FootnoteMarkers.CLOSE && j > i + 1) {
        refs.add((int) n);
        for (int k = i; k <= j; k++) {
          drop[k] = true;
        }
        any = true;
        i = j;
      }
    }
    if (any) {
      t.removeMarked(drop);
    }
    return refs;
  }

  private static void removeStrayEmphasis(RichText t) {
    boolean[] drop = new boolean[t.size()];
    boolean any = false;
    for (int i = 0; i < t.size(); ) {
      int j = i;
      while (j < t.size() && t.cp(j) == '*') {
        j++;
      }
      if (j - i >= 2) {
        for (int k = i; k < j; k++) {
          drop[k] = true;
        }
        any = true;
      }
      i = Math.max(j, i + 1);
    }
    if (any) {
      t.removeMarked(drop);
    }
  }

  private static void normalizeSpace(RichText t) {
    boolean[] drop = new boolean[t.size()];
    for (int i = 0; i < t.size(); ) {
      if (!isSpaceOrBreak(t.cp(i))) {
        i++;
        continue;
      }
      int j = i;
      boolean lineBreak = false;
      boolean fullWidth = false;
      while (j < t.size() && (isSpaceOrBreak(t.cp(j)) || t.cp(j) == RichText.ANCHOR)) {
        lineBreak |= t.cp(j) == RichText.SOFT_BREAK;
        fullWidth |= t.cp(j) == '\u3000';
        j++;
      }
      int before = visibleBefore(t, i);
      int after = visibleFrom(t, j);
      if (fullWidth) {
        for (int k = i; k < j; k++) {
          drop[k] = t.cp(k) != '\u3000' && t.cp(k) != RichText.ANCHOR;
        }
      } else {
        boolean join = lineBreak && CjkText.isCjk(before) && CjkText.isCjk(after);
        boolean kept = join;
        for (int k = i; k < j; k++) {
          if (t.cp(k) == RichText.ANCHOR) {
            continue;
          }
          if (!kept) {
            t.setCp(k, ' ');
            kept = true;
          } else {
            drop[k] = true;
          }
        }
      }
      i = j;
    }
    t.removeMarked(drop);
  }

  private static boolean isSpaceOrBreak(int cp) {
    return cp == RichText.SOFT_BREAK || CjkText.isSpace(cp);
  }

  private static int visibleBefore(RichText t, int i) {
    for (int k = i - 1; k >= 0; k--) {
      if (RichText.isVisible(t.cp(k))) {
        return t.cp(k);
      }
    }
    return -1;
  }

  private static int visibleFrom(RichText t, int j) {
    for (int k = j; k < t.size(); k++) {
      if (RichText.isVisible(t.cp(k))) {
        return t.cp(k);
      }
    }
    return -1;
  }

  private static boolean removeEmptyPairs(RichText t) {
    boolean[] drop = new boolean[t.size()];
    boolean any = false;
    for (int i = 0; i < t.size(); i++) {
      int kind = t.cp(i) >= 0 ? OPENERS.indexOf(t.cp(i)) : -1;
      if (kind < 0) {
        continue;
      }
      int j = i + 1;
      while (j < t.size()
          && (t.cp(j) == RichText.ANCHOR || (t.cp(j) >= 0 && FILLERS.indexOf(t.cp(j)) >= 0))) {
        j++;
      }
      if (j < t.size() && t.cp(j) >= 0 && CLOSERS.indexOf(t.cp(j)) >= 0
          && sameFamily(kind, CLOSERS.indexOf(t.cp(j)))) {
        for (int k = i; k <= j; k++) {
          drop[k] = t.cp(k) != RichText.ANCHOR;
        }
        any = true;
        i = j;
      }
    }
    if (any) {
      t.removeMarked(drop);
    }
    return any;
  }

  /** （ and ( close each other's pairs too: templates mix full- and half-width brackets. */
  private static boolean sameFamily(int open, int close) {
    return open == close || (open <= 1 && close <= 1);
  }

  private static void trim(RichText t) {
    boolean[] drop = new boolean[t.size()];
    for (int i = 0; i < t.size() && (CjkText.isSpace(t.cp(i)) || t.cp(i) == RichText.SOFT_BREAK || t.cp(i) == RichText.ANCHOR); i++) {
      drop[i] = t.cp(i) != RichText.ANCHOR;
    }
    for (int i = t.size() - 1; i >= 0 && (CjkText.isSpace(t.cp(i)) || t.cp(i) == RichText.SOFT_BREAK || t.cp(i) == RichText.ANCHOR); i--) {
      drop[i] = t.cp(i) != RichText.ANCHOR;
    }
    t.removeMarked(drop);
  }
}
