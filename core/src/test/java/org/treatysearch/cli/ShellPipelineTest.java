package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.testing.SharedIndex;

/**
 * Issue 4 in real shells: the CLI runs as a child process ({@code treaty} on the PATH starts
 * {@code java} with the test classpath) inside {@code bash} pipelines with {@code pipefail}, so a
 * closed pipe, NUL-separated ids and the completion script meet the real thing.
 */
class ShellPipelineTest {
  @TempDir static Path tmp;
  static Path bin;
  static Map<String, String> env;

  @BeforeAll
  static void setUp() throws Exception {
    bin = ChildProcess.treatyOnPath(tmp);
    env = Map.of("TREATY_INDEX", SharedIndex.index().toString());
  }

  static ChildProcess.Result bash(String script) throws Exception {
    return ChildProcess.bash(tmp, bin, env, "set -euo pipefail\n" + script);
  }

  @Test
  void searchIntoHeadEndsQuietlyWithExit0() throws Exception {
    ChildProcess.Result r = bash("treaty search 外蒙古 | head -1");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("1. ") && r.out().lines().count() == 1, r.out());
  }

  @Test
  void aPipeClosedLongBeforeTheEndIsNotAnError() throws Exception {
    // Hundreds of KiB: far more than a pipe holds, so the writes after head exits really fail (EPIPE).
    String everything = "'kind:paragraph OR kind:list-item OR kind:quote OR kind:footnote'";
    ChildProcess.Result r = bash("treaty export " + everything + " | head -1\n"
        + "treaty export --format md " + everything + " | head -c 100 >/dev/null\n"
        + "printf '外蒙古\\n蘇聯\\n條約\\n' | treaty batch -n 300 | head -1 >/dev/null\n"
        + "treaty export " + everything + " | true\n"
        + "echo done");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("{\"id\":") && r.out().endsWith("done\n"), r.out());
  }

  @Test
  void idsSeparatedByNulFeedXargs() throws Exception {
    CliRun ids = CliRun.run("search", "--index", SharedIndex.index().toString(), "-l", "-n", "3", "雅爾塔");
    List<String> expected = ids.out().lines().toList();
    assertEquals(3, expected.size());
    CliRun nul = CliRun.run("search", "--index", SharedIndex.index().toString(), "-0", "-n", "3", "雅爾塔");
    assertEquals(String.join("\0", expected) + "\0", nul.out(), "-0: each id ends with NUL, implies -l");

    // (The README's recipe does the same through scripts/treaty: ReadmeRecipesTest.)
    ChildProcess.Result r = bash("treaty search -l -0 -n 3 雅爾塔 | xargs -0 -n1 treaty show");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    List<String> shown = r.out().lines().filter(l -> expected.stream().anyMatch(l::startsWith)).toList();
    assertEquals(expected, shown.stream().map(l -> l.split("  ")[0]).toList(), r.out());
  }

  @Test
  void bashSourcesTheCompletionScript() throws Exception {
    ChildProcess.Result r = bash("source <(treaty completion bash)\ncomplete -p treaty");
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertTrue(r.out().matches("complete .*-F _complete_treaty treaty\n"), r.out());

    // And it completes: the commands, then the values of --format for export.
    // Without set -eu: the completion function is not written for it.
    ChildProcess.Result words = ChildProcess.bash(tmp, bin, env, "source <(treaty completion bash)\n"
        + "COMP_WORDS=(treaty ex); COMP_CWORD=1; COMP_LINE='treaty ex'; COMP_POINT=${#COMP_LINE}\n"
        + "_complete_treaty 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
        + "COMP_WORDS=(treaty export --format ''); COMP_CWORD=3; COMP_LINE='treaty export --format '; COMP_POINT=${#COMP_LINE}\n"
        + "_complete_treaty 2>/dev/null; echo \"${COMPREPLY[*]}\"");
    assertEquals(0, words.exit(), words.err());
    assertEquals(List.of("export", "jsonl csv tsv md"), words.out().lines().toList());
  }

  @Test
  void batchFromAFileIsOneProcess(@TempDir Path dir) throws Exception {
    Path queries = dir.resolve("queries.txt");
    Files.writeString(queries, "外蒙古\n雅尔塔会议\n\n中蘇\n".repeat(100));
    List<String> command = new ArrayList<>(ChildProcess.treatyCommand());
    command.addAll(List.of("batch", "--format", "tsv", "-n", "2"));
    ChildProcess.Result r = ChildProcess.run(command, dir, null, env, queries);
    assertEquals("", r.err());
    assertEquals(0, r.exit());
    assertEquals(600, r.out().lines().count());
    assertTrue(r.out().lines().allMatch(l -> l.split("\t", -1).length == 6), "query + five columns");
  }

  @Test
  void queryWordsSurviveALocaleThatIsNotUtf8() throws Exception {
    // cron, CI and minimal containers often run with LANG unset (the C locale), where java decodes
    // its arguments as ASCII: 外蒙古 would silently become ??? and match nothing.
    String expected = CliRun.run("search", "--index", SharedIndex.index().toString(), "-c", "外蒙古 -獨立").out();
    Map<String, String> cLocale = Map.of("TREATY_INDEX", SharedIndex.index().toString(), "LC_ALL", "C", "LANG", "");
    ChildProcess.Result r = ChildProcess.bash(tmp, bin, cLocale, "treaty search -c 外蒙古 -獨立");
    assertEquals("", r.err());
    assertEquals(expected, r.out());
    assertEquals(0, r.exit());
    // Java cannot name such a file in that locale: one line that says what to do, and no file.
    ChildProcess.Result file = ChildProcess.bash(tmp, bin, cLocale, "treaty export -o 外蒙古.csv 外蒙古");
    assertEquals(2, file.exit());
    assertTrue(file.err().startsWith("treaty: cannot write 外蒙古.csv: ") && file.err().endsWith("LC_ALL=C.UTF-8\n")
        && file.err().lines().count() == 1, file.err());
    try (var s = Files.list(tmp)) {
      assertTrue(s.noneMatch(p -> p.getFileName().toString().contains(".csv")), "no file left");
    }
  }
}
