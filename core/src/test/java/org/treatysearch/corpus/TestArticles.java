package org.treatysearch.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Test articles from src/test/resources/articles (never ../shared). */
final class TestArticles {
  private TestArticles() {}

  static Path dir(String name) {
    try {
      return Path.of(TestArticles.class.getResource("/articles/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path seed(String file) {
    return dir("seeds").resolve(file);
  }

  static Path extra(String file) {
    return dir("extra").resolve(file);
  }

  /** The 2 seeds and the 25 extra articles. */
  static List<Path> all() {
    try {
      return Stream.concat(CorpusReader.files(dir("seeds")).stream(), CorpusReader.files(dir("extra")).stream())
          .toList();
    } catch (BadInputException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The construct fixtures (articles/constructs: one SPEC §2 construct each; not in the 27-article search corpus). */
  static List<Path> constructs() {
    try {
      return CorpusReader.files(dir("constructs"));
    } catch (BadInputException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path construct(String file) {
    return dir("constructs").resolve(file);
  }

  static String source(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Article read(Path p) {
    try {
      return CorpusReader.read(p);
    } catch (BadInputException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Parses an inline snippet as article "t". */
  static Article parse(String markdown) {
    return ArticleParser.parse("t", markdown);
  }

  static Passage only(Article a) {
    List<Passage> ps = a.passages().toList();
    if (ps.size() != 1) {
      throw new AssertionError("expected one passage, got " + ps);
    }
    return ps.get(0);
  }

  static long han(String s) {
    return s.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
  }
}
