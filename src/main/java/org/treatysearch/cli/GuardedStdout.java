package org.treatysearch.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Wraps stdout so a closed pipe surfaces as {@link StdoutClosedException} (told apart from other
 * I/O errors, which are real failures, e.g. a full disk) and, once closed, every later write fails
 * at once, so a long export stops instead of formatting output nobody reads.
 */
final class GuardedStdout extends FilterOutputStream {
  private boolean closedByReader;

  GuardedStdout(OutputStream out) {
    super(out);
  }

  boolean closedByReader() {
    return closedByReader;
  }

  @Override
  public void write(int b) throws IOException {
    check();
    try {
      out.write(b);
    } catch (IOException e) {
      throw classify(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    check();
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw classify(e);
    }
  }

  @Override
  public void flush() throws IOException {
    check();
    try {
      out.flush();
    } catch (IOException e) {
      throw classify(e);
    }
  }

  private void check() throws StdoutClosedException {
    if (closedByReader) {
      throw new StdoutClosedException(new IOException("Broken pipe"));
    }
  }

  private IOException classify(IOException e) {
    String msg = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
    if (msg.contains("broken pipe") || msg.contains("stream closed")) {
      closedByReader = true;
      return new StdoutClosedException(e);
    }
    return e;
  }
}
