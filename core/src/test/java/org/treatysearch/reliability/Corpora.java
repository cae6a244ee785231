package org.treatysearch.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.treatysearch.testing.TestCorpus;

/** Corpora for the reliability tests, from the real test articles. */
final class Corpora {
  private Corpora() {}

  /** Corpus A: the two shipped articles. */
  static Path small(Path dir) {
    return TestCorpus.corpus(dir, TestCorpus.SEEDS);
  }

  /** The first {@code n} extra articles. */
  static Path some(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    for (Path f : TestCorpus.articleFiles(TestCorpus.EXTRA).subList(0, n)) {
      Files.copy(f, dir.resolve(f.getFileName()));
    }
    return dir;
  }

  /** Corpus B: the extra articles, {@code copies} times over under distinct names (ids). */
  static Path big(Path dir, int copies) throws IOException {
    Files.createDirectories(dir);
    for (int c = 0; c < copies; c++) {
      for (Path f : TestCorpus.articleFiles(TestCorpus.EXTRA)) {
        Files.copy(f, dir.resolve(String.format("c%02d_%s", c, f.getFileName())));
      }
    }
    return dir;
  }
}
