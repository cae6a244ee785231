package org.treatysearch.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.treatysearch.index.Indexer;

/**
 * Indexing progress on stderr, redrawn in place. Shown only on a terminal (a log file should not
 * fill with carriage returns) and only once a run has taken 1.5 s: quick runs stay silent.
 */
final class ProgressBar implements Indexer.Progress {
  static final long DELAY_NANOS = 1_500_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  ProgressBar(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  @Override
  public void update(long bytesDone, long bytesTotal) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - start < DELAY_NANOS || (drawn && now - lastDraw < REDRAW_NANOS && bytesDone < bytesTotal)) {
      return;
    }
    lastDraw = now;
    drawn = true;
    err.print("\r" + render(bytesDone, bytesTotal));
    err.flush();
  }

  static String render(long done, long total) {
    double f = total <= 0 ? 0 : Math.min(1.0, (double) done / total);
    int filled = (int) Math.round(f * WIDTH);
    return String.format(Locale.ROOT, "indexing [%s%s] %3d%% %.1f/%.1f MB",
        "#".repeat(filled), " ".repeat(WIDTH - filled), Math.round(f * 100), done / 1e6, total / 1e6);
  }

  /** Erases the bar so the summary line starts on a clean line. */
  void clear() {
    if (drawn) {
      err.print("\r\u001b[K");
      err.flush();
      drawn = false;
    }
  }
}
