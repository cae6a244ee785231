package org.treatysearch.corpus;

import java.util.Arrays;

/**
 * Display text under construction: one cell per code point, each remembering which link (if any)
 * it belongs to. Cleaning steps delete or rewrite cells, so link spans survive every deletion
 * without offset bookkeeping; {@link LinkSpans} reads the final spans off the cells.
 *
 * <p>Two pseudo code points never reach the output: {@link #SOFT_BREAK} (a line break inside a
 * paragraph, resolved by {@link DisplayTextCleaner}) and {@link #ANCHOR} (a zero-width mark that
 * gives a link whose text is empty a position).
 */
final class RichText {
  static final int SOFT_BREAK = -2;
  static final int ANCHOR = -3;
  static final int NO_LINK = -1;

  private int[] cps = new int[64];
  private int[] owners = new int[64];
  private int size;

  int size() {
    return size;
  }

  int cp(int i) {
    return cps[i];
  }

  int owner(int i) {
    return owners[i];
  }

  void setOwner(int i, int owner) {
    owners[i] = owner;
  }

  void setCp(int i, int cp) {
    cps[i] = cp;
  }

  void add(int cp, int owner) {
    if (size == cps.length) {
      int n = Math.max(64, size * 2);
      cps = Arrays.copyOf(cps, n);
      owners = Arrays.copyOf(owners, n);
    }
    cps[size] = cp;
    owners[size] = owner;
    size++;
  }

  void append(CharSequence s, int owner) {
    s.codePoints().forEach(cp -> add(cp, owner));
  }

  /** Keeps only the cells whose flag is false; one linear pass. */
  void removeMarked(boolean[] remove) {
    int w = 0;
    for (int r = 0; r < size; r++) {
      if (!remove[r]) {
        cps[w] = cps[r];
        owners[w] = owners[r];
        w++;
      }
    }
    size = w;
  }

  /**
   * Removes the cells of every match of {@code p} in the visible text, line breaks read as
   * {@code \n}; anchors inside a match stay (a link keeps its position). Returns whether any matched.
   */
  boolean removeMatching(java.util.regex.Pattern p) {
    StringBuilder view = new StringBuilder(size);
    int[] cellOf = new int[size * 2 + 1];
    for (int i = 0; i < size; i++) {
      int cp = cps[i] == SOFT_BREAK ? '\n' : cps[i];
      if (cp < 0) {
        continue;
      }
      int at = view.length();
      view.appendCodePoint(cp);
      for (int k = at; k < view.length(); k++) {
        cellOf[k] = i;
      }
    }
    java.util.regex.Matcher m = p.matcher(view);
    boolean[] drop = null;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (drop == null) {
        drop = new boolean[size];
      }
      for (int k = m.start(); k < m.end(); k++) {
        drop[cellOf[k]] = true;
      }
    }
    if (drop != null) {
      removeMarked(drop);
    }
    return drop != null;
  }

  static boolean isVisible(int cp) {
    return cp >= 0;
  }

  /** The visible text (pseudo code points skipped). */
  String text() {
    StringBuilder sb = new StringBuilder(size);
    for (int i = 0; i < size; i++) {
      if (isVisible(cps[i])) {
        sb.appendCodePoint(cps[i]);
      }
    }
    return sb.toString();
  }
}
