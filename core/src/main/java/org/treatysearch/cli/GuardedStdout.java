package org.treatysearch.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Pipe;
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
    if (msg.contains("broken pipe") || msg.contains("stream closed") || isLocalBrokenPipe(e.getMessage())) {
      closedByReader = true;
      return new StdoutClosedException(e);
    }
    return e;
  }

  private static volatile String localBrokenPipe;

  /**
   * Whether {@code message} is EPIPE's in the user's language: the JVM takes error texts from the
   * C library in the user's locale ("Relais brisé (pipe)" in French), so "broken pipe" alone
   * misses them. The local text is learnt once, on the first failure, from a pipe of our own.
   */
  static boolean isLocalBrokenPipe(String message) {
    if (message == null) {
      return false;
    }
    String local = localBrokenPipe;
    if (local == null) {
      local = brokenPipeMessage();
      localBrokenPipe = local;
    }
    return !local.isEmpty() && message.contains(local);
  }

  /** The message of a write to a pipe whose reader is gone, or "" if that could not be found out. */
  static String brokenPipeMessage() {
    try {
      Pipe pipe = Pipe.open();
      pipe.source().close();
      try (Pipe.SinkChannel sink = pipe.sink()) {
        sink.write(ByteBuffer.wrap(new byte[] {0}));
      }
    } catch (IOException e) {
      return e.getMessage() == null ? "" : e.getMessage();
    }
    return "";
  }
}
