package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;

/**
 * The README's "Query syntax" section runs as written on the shipped corpus: every query of its
 * table finds something, and the {@code --explain} example prints what the README shows.
 */
class QuerySyntaxDocTest {
  @TempDir static Path tmp;

  @Test
  void everyExampleRuns() throws Exception {
    String readme = Files.readString(ReadmeRecipesTest.ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Query syntax\n");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 5));
    String index = shippedIndex();
    List<String> queries = new ArrayList<>();
    Matcher row = Pattern.compile("\n\\| `([^|]+)` \\|").matcher(section);
    while (row.find()) {
      for (String q : row.group(1).split("`, `")) {
        queries.add(q);
      }
    }
    assertTrue(queries.size() >= 15, queries.toString());
    for (String q : queries) {
      CliRun r = CliRun.run("search", "-c", "--index", index, "--", q);
      assertEquals(0, r.exit(), q + ": " + r.out() + r.err());
    }
    Matcher example = Pattern.compile("\n```\n\\$ scripts/treaty search --explain --no-aliases '([^']+)'\n(.*?)```\n", Pattern.DOTALL)
        .matcher(section);
    assertTrue(example.find(), "the --explain example");
    CliRun explained = CliRun.run("search", "--explain", "--no-aliases", "--index", index, example.group(1));
    assertEquals(example.group(2), explained.out());
  }

  private static String shippedIndex() throws Exception {
    List<String> problems = new ArrayList<>();
    Indexer.build(ReadmeRecipesTest.ROOT.resolve("corpus"), tmp.resolve("index"), Indexer.Progress.NONE, problems::add);
    assertEquals(List.of(), problems);
    return tmp.resolve("index").toString();
  }
}
