package org.treatysearch.corpus;

/**
 * Caps nesting before CommonMark sees the text, so pathological files (100k nested {@code >},
 * list markers, indentation or {@code [}) parse in bounded time and memory. Real articles nest a
 * few levels; only markup beyond the caps is touched, so no visible text is lost:
 *
 * <ul>
 *   <li>Block containers: CommonMark re-checks every open container on every line and our block
 *       walk recurses, so container markers ({@code >}, {@code -}, {@code 1.}) beyond {@link
 *       #MAX_MARKERS} in a line prefix are dropped and each indentation run is capped at {@link
 *       #MAX_INDENT} columns (the structure is flattened, the text stays).
 *   <li>Brackets: CommonMark copies the text between {@code [} and {@code ]} for each closer,
 *       which is quadratic for deep nesting; brackets nested deeper than {@link #MAX_BRACKETS}
 *       (within a paragraph) are escaped, which renders them literally, as they would have been.
 *   <li>Emphasis: CommonMark merges text nodes recursively, so 50k nested {@code *a *b …} overflow
 *       the stack; after {@link #MAX_DELIMITER_RUNS} runs of {@code *} or {@code _} in one
 *       paragraph the rest are escaped (in such a file some markers then show literally).
 * </ul>
 */
final class NestingLimiter {
  static final int MAX_MARKERS = 32;
  static final int MAX_INDENT = 64;
  static final int MAX_BRACKETS = 32;
  static final int MAX_DELIMITER_RUNS = 500;

  private NestingLimiter() {}

  static String limit(String markdown) {
    return limitInline(limitPrefixes(markdown));
  }

  private static String limitPrefixes(String markdown) {
    StringBuilder out = null;
    int lineStart = 0;
    int n = markdown.length();
    while (lineStart <= n) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = n;
      }
      String capped = cappedPrefix(markdown, lineStart, lineEnd);
      if (capped != null && out == null) {
        out = new StringBuilder(n);
        out.append(markdown, 0, lineStart);
      }
      if (out != null) {
        if (capped != null) {
          out.append(capped);
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

  /** The line with its container prefix capped, or null when it is within the caps. */
  private static String cappedPrefix(String s, int from, int to) {
    StringBuilder kept = new StringBuilder();
    boolean changed = false;
    int markers = 0;
    int indent = 0;
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      int next = markerEnd(s, i, to);
      if (next > i) {
        indent = 0;
        if (++markers <= MAX_MARKERS) {
          kept.append(s, i, next);
        } else {
          changed = true;
        }
        i = next;
      } else if (c == ' ' || c == '\t') {
        if (++indent <= MAX_INDENT) {
          kept.append(c);
        } else {
          changed = true;
        }
        i++;
      } else {
        break;
      }
    }
    return changed ? kept.append(s, i, to).toString() : null;
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

  private static String limitInline(String s) {
    StringBuilder out = null;
    int depth = 0;
    int escapedOpen = 0;
    int delimiterRuns = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean escape = false;
      if ((c == '*' || c == '_') && (i == 0 || s.charAt(i - 1) != c)) {
        escape = ++delimiterRuns > MAX_DELIMITER_RUNS;
      } else if ((c == '*' || c == '_') && delimiterRuns > MAX_DELIMITER_RUNS) {
        escape = true;
      }
      if (c == '\\' && i + 1 < s.length()) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      } else if (c == '\n' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
        depth = 0; // a blank line ends the paragraph, and any bracket or emphasis in it
        escapedOpen = 0;
        delimiterRuns = 0;
      } else if (c == '[') {
        if (depth >= MAX_BRACKETS) {
          escape = true;
          escapedOpen++;
        } else {
          depth++;
        }
      } else if (c == ']') {
        if (escapedOpen > 0) {
          escape = true;
          escapedOpen--;
        } else if (depth > 0) {
          depth--;
        }
      }
      if (escape && out == null) {
        out = new StringBuilder(s.length() + 16);
        out.append(s, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }
}
