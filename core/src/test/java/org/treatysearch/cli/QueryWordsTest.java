package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/** README: several words on the command line are one query, and {@code -word} excludes a word. */
class QueryWordsTest {
  static CliRun run(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = args[0];
    all[1] = "--index=" + SharedIndex.index();
    System.arraycopy(args, 1, all, 2, args.length - 1);
    return CliRun.run(all);
  }

  @Test
  void anExcludedWordNeedsNoQuotes() {
    CliRun quoted = run("search", "-c", "外蒙古 -獨立");
    CliRun unquoted = run("search", "-c", "外蒙古", "-獨立");
    assertEquals(0, unquoted.exit(), unquoted.err());
    assertEquals("", unquoted.err());
    assertEquals(quoted.out(), unquoted.out());
    long all = Long.parseLong(run("search", "-c", "外蒙古").out().strip());
    assertTrue(Long.parseLong(unquoted.out().strip()) < all, "the word is excluded, not ignored");

    CliRun export = run("export", "--format", "tsv", "外蒙古", "-獨立", "-\"外蒙古獨立\"");
    assertEquals(0, export.exit(), export.err());
    assertEquals(run("export", "--format", "tsv", "外蒙古 -獨立 -\"外蒙古獨立\"").out(), export.out());
  }

  @Test
  void optionsAfterTheWordsStillCount() {
    CliRun run = run("search", "外蒙古", "-獨立", "-n", "3", "--format", "tsv");
    assertEquals(0, run.exit(), run.err());
    assertEquals(3, run.out().lines().count());
  }

  @Test
  void realLookingUnknownOptionsAreStillUsageErrors() {
    CliRun typo = run("search", "--frobnicate", "外蒙古");
    assertEquals(2, typo.exit());
    assertEquals("treaty: unknown option '--frobnicate' (try 'treaty search --help')\n", typo.err());

    CliRun latin = run("export", "Roosevelt", "-Yalta");
    assertEquals(2, latin.exit());
    assertEquals(1, latin.errLines(), latin.err());
    assertEquals("treaty: unknown option '-Yalta'; to exclude a word starting with a Latin"
        + " letter, put the query after --, e.g. treaty export -- Roosevelt -Yalta\n", latin.err());

    CliRun afterDashes = run("search", "-c", "--", "外蒙古", "-Yalta");
    assertEquals(0, afterDashes.exit(), afterDashes.err());
    assertEquals(run("search", "-c", "外蒙古").out(), afterDashes.out());
  }
}
