package org.treatysearch.corpus;

import java.nio.file.Path;

/**
 * A corpus file (or the corpus folder) that cannot be ingested: empty, binary, not UTF-8,
 * unreadable, too large. Carries the file and what is wrong with it; the message is "FILE: problem".
 */
public class BadInputException extends Exception {
  private final transient Path file;
  private final String problem;

  public BadInputException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
    this.problem = problem;
  }

  public Path file() {
    return file;
  }

  /** What is wrong, without the file name ("empty file", "not valid UTF-8 (byte 0xff at offset 3)"). */
  public String problem() {
    return problem;
  }
}
