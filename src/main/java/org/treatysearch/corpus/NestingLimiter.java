package org.treatysearch.corpus;

/**
 * Caps block nesting before CommonMark sees the text. CommonMark keeps one open block per
 * container level and re-checks all of them on every line, and our walk of the block tree is
 * recursive, so 100k nested {@code >} or list markers would cost quadratic time or overflow the
 * stack. Real articles nest at most a few levels; beyond {@link #MAX_MARKERS} container markers
 * (or {@link #MAX_INDENT} columns of indentation) the excess prefix is simply dropped: it is
 * markup, so no visible text is lost, only the pathological structure is flattened.
 */
final class NestingLimiter {
  static final int MAX_MARKERS = 32;
  static final int MAX_INDENT = 64;

  private NestingLimiter() {}

  static String limit(String markdown) {
    StringBuilder out = null;
    int lineStart = 0;
    int n = markdown.length();
    while (lineStart <= n) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      int cut = excessPrefixEnd(markdown, lineStart, lineEnd);
      if (cut >= 0 && out == null) {
        out = new StringBuilder(n);
        out.append(markdown, 0, lineStart);
      }
      if (out != null) {
        if (cut >= 0) {
          int keep = keptPrefixEnd(markdown, lineStart, lineEnd);
          out.append(markdown, lineStart, keep).append(markdown, cut, lineEnd);
        } else {
          out.append(markdown, lineStart, lineEnd);
        }
        if (lineEnd < n) {
          out.append('\n');
        }
      }
      lineStart = lineEnd + 1;
    }
    return out == null ? markdown : out.toString();
  }

  /** End of the whole container prefix when it is too deep, else -1. */
  private static int excessPrefixEnd(String s, int from, int to) {
    int markers = 0;
    int indent = 0;
    int i = from;
    while (i < to) {
      int next = markerEnd(s, i, to);
      char c = s.charAt(i);
      if (next > i) {
        markers++;
        indent = 0;
        i = next;
      } else if (c == ' ' || c == '\t') {
        indent++;
        i++;
      } else {
        break;
      }
    }
    return markers > MAX_MARKERS || indent > MAX_INDENT || (i - from) > MAX_MARKERS * 4 + MAX_INDENT
        ? i
        : -1;
  }

  /** Where to stop copying a too-deep prefix: after MAX_MARKERS markers, indentation capped. */
  private static int keptPrefixEnd(String s, int from, int to) {
    int markers = 0;
    int indent = 0;
    int i = from;
    while (i < to && markers < MAX_MARKERS) {
      int next = markerEnd(s, i, to);
      char c = s.charAt(i);
      if (next > i) {
        markers++;
        indent = 0;
        i = next;
      } else if ((c == ' ' || c == '\t') && indent < MAX_INDENT) {
        indent++;
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** If a container marker ({@code >}, {@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) starts at i, its end. */
  private static int markerEnd(String s, int i, int to) {
    char c = s.charAt(i);
    if (c == '>') {
      return i + 1;
    }
    if ((c == '-' || c == '+' || c == '*') && i + 1 < to && s.charAt(i + 1) == ' ') {
      return i + 2;
    }
    int j = i;
    while (j < to && j - i < 9 && Character.isDigit(s.charAt(j))) {
      j++;
    }
    if (j > i && j + 1 < to && (s.charAt(j) == '.' || s.charAt(j) == ')') && s.charAt(j + 1) == ' ') {
      return j + 2;
    }
    return i;
  }
}
