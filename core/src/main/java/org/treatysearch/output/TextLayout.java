package org.treatysearch.output;

/**
 * How the text format lays out a passage: at most {@code maxColumns} display columns of it (a
 * snippet around the first highlight, cut ends marked {@code …}; 0: all of it), and lines wrapped
 * at {@code wrapColumns} with their indent kept (0: not wrapped, the terminal's business).
 */
public record TextLayout(int maxColumns, int wrapColumns) {
  public static final TextLayout WHOLE = new TextLayout(0, 0);
}
