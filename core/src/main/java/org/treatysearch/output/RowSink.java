package org.treatysearch.output;

import java.io.IOException;

/**
 * A sink for the rows of a study command (concordance lines, distribution rows, collocates, word
 * counts) in one output format, like {@link HitPrinter} for hits: rows in order, then
 * {@link #finish()} once. Formats that align columns or sort keep the rows until then.
 */
public interface RowSink<T> {
  void row(T row) throws IOException;

  default void finish() throws IOException {}
}
