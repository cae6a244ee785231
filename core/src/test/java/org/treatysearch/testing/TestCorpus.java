package org.treatysearch.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.treatysearch.index.Indexer;

/** The real articles of src/test/resources, copied into temp corpora and indexed for tests. */
public final class TestCorpus {
  public static final Path SEEDS = Path.of("src/test/resources/articles/seeds");
  public static final Path EXTRA = Path.of("src/test/resources/articles/extra");
  public static final String TREATY_1945 = "000_5301e45dfe16a7cc";
  public static final String PACT_1937 = "004_567bd903257de334";

  private TestCorpus() {}

  /** Copies the articles of the given folders into {@code dir} and returns it. */
  public static Path corpus(Path dir, Path... from) {
    try {
      Files.createDirectories(dir);
      for (Path src : from) {
        for (Path f : articleFiles(src)) {
          Files.copy(f, dir.resolve(f.getFileName()));
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Indexes the given folders' articles into {@code tmp/index}; problems must not occur. */
  public static Path index(Path tmp, Path... from) throws IOException {
    Path corpus = corpus(tmp.resolve("corpus"), from);
    Path index = tmp.resolve("index");
    List<String> problems = new ArrayList<>();
    Indexer.build(corpus, index, Indexer.Progress.NONE, problems::add);
    if (!problems.isEmpty()) {
      throw new AssertionError("unexpected problems: " + problems);
    }
    return index;
  }

  public static List<Path> articleFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
