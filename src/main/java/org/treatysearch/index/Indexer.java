package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Builds the index of a corpus folder into a fresh directory and swaps it in atomically, so a
 * failed or interrupted run never damages the index already there.
 */
public final class Indexer {

  /** What one run did: articles indexed, passages/footnotes written, files skipped (each reported). */
  public record Summary(int articles, long documents, int skipped, long bytes) {}

  /** Receives progress ({@code bytesDone}, {@code bytesTotal}) for a progress bar. */
  public interface Progress {
    void update(long bytesDone, long bytesTotal);
  }

  /**
   * @param problems receives one line per skipped file (naming it)
   * @throws IOException when the corpus folder is unreadable or the index cannot be written;
   *     the previous index is left as it was
   */
  public static Summary build(Path corpusDir, Path indexDir, Progress progress, Consumer<String> problems)
      throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
