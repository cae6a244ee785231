package org.treatysearch.analysis;

import java.io.IOException;
import java.io.Reader;
import org.apache.lucene.analysis.CharFilter;

/**
 * A {@link CharFilter} that folds Traditional Chinese to Simplified char by char (see {@link
 * Folding}). The fold never changes the number of chars, so offsets need no correction and
 * highlights land on the original text exactly.
 *
 * <p>Lucene's MappingCharFilter could hold the same table, but it builds an FST at start-up and
 * tracks offset corrections this 1:1 mapping never needs.
 */
public final class TraditionalToSimplifiedCharFilter extends CharFilter {

  public TraditionalToSimplifiedCharFilter(Reader input) {
    super(input);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int read = input.read(cbuf, off, len);
    if (read > 0) {
      Folding.foldInPlace(cbuf, off, read);
    }
    return read;
  }

  /** Length-preserving, so every offset in the folded text is the offset in the original. */
  @Override
  protected int correct(int currentOff) {
    return currentOff;
  }
}
