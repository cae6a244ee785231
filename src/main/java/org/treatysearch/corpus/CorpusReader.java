package org.treatysearch.corpus;

import java.nio.file.Path;
import java.util.List;

/** Finds the corpus files of a folder and reads each into an {@link Article}. */
public final class CorpusReader {
  private CorpusReader() {}

  /** The {@code *.md} and {@code *.txt} files of {@code dir}, sorted by name. */
  public static List<Path> files(Path dir) throws BadInputException {
    throw new UnsupportedOperationException("TODO");
  }

  /** Reads and parses one file; empty, binary or non-UTF-8 files throw with a message naming the file. */
  public static Article read(Path file) throws BadInputException {
    throw new UnsupportedOperationException("TODO");
  }
}
