package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatysearch.search.IndexUnavailableException;
import org.treatysearch.search.QuerySyntaxException;
import picocli.CommandLine;

class UsageAndErrorsTest {

  @ParameterizedTest
  @ValueSource(strings = {"index", "search", "export", "batch", "show", "cite", "stats", "timeline", "completion"})
  void everyCommandHasHelpWithExamplesAndVersion(String command) {
    CliRun help = CliRun.run(command, "--help");
    assertEquals(0, help.exit(), help.err());
    assertTrue(help.out().contains("Usage: treaty " + command), help.out());
    assertTrue(help.out().contains("Examples:\n  treaty " + command), help.out());
    assertTrue(help.out().contains("--index=DIR") && help.out().contains("--debug"), help.out());
    assertEquals("", help.err());
    CliRun version = CliRun.run(command, "-V");
    assertEquals(0, version.exit());
    assertEquals(Version.TEXT + "\n", version.out());
  }

  @Test
  void topLevelHelpListsCommands() {
    CliRun help = CliRun.run("-h");
    assertEquals(0, help.exit());
    for (String c : new String[] {"index", "search", "export", "batch", "show", "cite", "stats", "timeline", "completion"}) {
      assertTrue(help.out().contains("  " + c), c);
    }
    assertFalse(help.out().contains("  ids"), "the completion helper is hidden");
  }

  @Test
  void usageErrorsAreOneLineWithAHintAndExit2() {
    CliRun missing = CliRun.run("search");
    assertEquals(2, missing.exit());
    assertEquals(1, missing.errLines(), missing.err());
    assertTrue(missing.err().startsWith("treaty: Missing required parameter: 'QUERY'"), missing.err());
    assertTrue(missing.err().endsWith("(try 'treaty search --help')\n"), missing.err());
    assertEquals("", missing.out());

    CliRun unknown = CliRun.run("search", "--frobnicate", "x");
    assertEquals(2, unknown.exit());
    assertEquals(1, unknown.errLines(), unknown.err());

    CliRun format = CliRun.run("export", "--format", "xml", "x");
    assertEquals(2, format.exit());
    assertEquals("treaty: Invalid value for option '--format': expected one of [jsonl, csv, tsv, md] but was 'xml'"
        + " (try 'treaty export --help')\n", format.err());

    CliRun noCommand = CliRun.run();
    assertEquals(2, noCommand.exit());
    assertEquals(1, noCommand.errLines());
    assertTrue(noCommand.err().contains("(try 'treaty --help')"), noCommand.err());

    CliRun badId = CliRun.run("show", "abc#x");
    assertEquals(2, badId.exit());
    assertEquals(1, badId.errLines(), badId.err());
  }

  @Test
  void badFilterAndOutputValuesAreUsageErrors() {
    CliRun kind = CliRun.run("export", "--kind", "bogus", "外蒙古");
    assertEquals(2, kind.exit());
    assertEquals("treaty: Invalid value for option '--kind': expected one of [paragraph, list-item, quote, table-row, footnote]"
        + " but was 'bogus' (try 'treaty export --help')\n", kind.err());
    CliRun section = CliRun.run("search", "--section", "", "外蒙古");
    assertEquals(2, section.exit());
    assertEquals("treaty: Option '--section' needs a value, was empty (try 'treaty search --help')\n", section.err());
    CliRun output = CliRun.run("export", "-o", "", "外蒙古");
    assertEquals(2, output.exit());
    assertEquals("treaty: Option '--output' needs a file name, was empty (try 'treaty export --help')\n", output.err());
  }

  @Test
  void failuresAreOneLineWithoutStackTraceUnlessDebug() {
    // Whatever the back-end does with a missing index, the CLI must answer with one line and 2.
    String[] args = {"search", "--index", "/nonexistent/treaty-index", "x"};
    CliRun plain = CliRun.run(args);
    assertEquals(2, plain.exit());
    assertEquals(1, plain.errLines(), plain.err());
    assertTrue(plain.err().startsWith("treaty: "));
    assertFalse(plain.err().contains("\tat "));

    CliRun debug = CliRun.run("search", "--debug", "--index", "/nonexistent/treaty-index", "x");
    assertEquals(2, debug.exit());
    assertTrue(debug.err().contains("\tat "), debug.err());
  }

  /** Issue 14: a typo gets one line naming the nearest command or option, exit 2. */
  @Test
  void unknownCommandsAndOptionsSuggestTheNearest() {
    CliRun command = CliRun.run("serch", "外蒙古");
    assertEquals(2, command.exit());
    assertEquals("treaty: unknown command 'serch' (did you mean 'search'?)\n", command.err());
    assertEquals("", command.out());
    assertEquals("treaty: unknown command 'stat' (did you mean 'stats'?)\n", CliRun.run("stat").err());
    assertEquals("treaty: unknown command 'frobnicate' (try 'treaty --help')\n", CliRun.run("frobnicate").err());

    // search and export take -word as an exclusion, so their unknown options are found among the words
    for (String cmd : new String[] {"search", "export", "show", "cite", "stats", "batch"}) {
      CliRun option = CliRun.run(cmd, "--formt", "json", "外蒙古");
      assertEquals(2, option.exit(), cmd);
      assertEquals("treaty: unknown option '--formt' (did you mean '--format'?)\n", option.err(), cmd);
    }
    assertEquals("treaty: unknown option '--indx' (did you mean '--index'?)\n",
        CliRun.run("stats", "--indx=/tmp/x").err());
    CliRun two = CliRun.run("search", "--co", "x");
    assertEquals("treaty: unknown option '--co' (did you mean '--count' or '--color' or '--context'?)\n", two.err());
    assertEquals("treaty: unexpected argument 'extra' (try 'treaty stats --help')\n", CliRun.run("stats", "extra").err());
  }

  private static String report(Exception e) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Session session = new Session(new Io(null, new ByteArrayOutputStream(), err, Map.of(), false, false, null, null));
    CommandLine cl = Main.commandLine(session);
    int code = new ErrorReporter(session).handleExecutionException(e, cl, null);
    session.finish(code);
    return code + " " + err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void exceptionsMapToOneLineAndExit2() {
    assertEquals("2 treaty: unbalanced parenthesis at column 4\n",
        report(new QuerySyntaxException("unbalanced parenthesis at column 4")));
    assertEquals("2 treaty: no index in /x (build it with 'treaty index')\n",
        report(new IndexUnavailableException("no index in /x (build it with 'treaty index')", null)));
    assertEquals("2 treaty: no such file or directory: /x/y\n", report(new NoSuchFileException("/x/y")));
    assertEquals("2 treaty: disk full\n", report(new java.io.UncheckedIOException(new IOException("disk full\nmore"))));
    assertEquals("0 ", report(new java.io.UncheckedIOException(new StdoutClosedException(new IOException("Broken pipe")))));
  }
}
