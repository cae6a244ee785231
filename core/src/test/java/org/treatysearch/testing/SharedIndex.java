package org.treatysearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * One real index of all 27 test articles (seeds and extra), built once per test JVM for the
 * end-to-end CLI tests that only read it, and deleted when the JVM exits. Tests that change an
 * index must build their own with {@link TestCorpus#index}.
 */
public final class SharedIndex {
  private static Path root;

  private SharedIndex() {}

  /** The directory holding {@code corpus/} and {@code index/}. */
  public static synchronized Path root() {
    if (root == null) {
      try {
        Path dir = Files.createTempDirectory("treaty-shared-index");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        TestCorpus.index(dir, TestCorpus.SEEDS, TestCorpus.EXTRA);
        root = dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return root;
  }

  /** The index of the 27 articles. */
  public static Path index() {
    return root().resolve("index");
  }

  static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort at exit
    }
  }
}
