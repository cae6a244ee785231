package org.treatysearch.cli;

import java.io.IOException;

/** The reader of stdout went away (EPIPE, e.g. {@code | head -1}): not an error, stop quietly. */
final class StdoutClosedException extends IOException {
  StdoutClosedException(IOException cause) {
    super("stdout closed", cause);
  }
}
