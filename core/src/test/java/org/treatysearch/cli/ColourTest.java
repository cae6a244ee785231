package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/**
 * The text format colours matches only on a terminal and never under {@code NO_COLOR} (unless
 * {@code --color always} is typed, and never with NO_COLOR); machine formats never carry escape codes, terminal or not.
 */
class ColourTest {
  static final String ESC = "\u001b[";
  static final Pattern MATCH = Pattern.compile("\u001b\\[1;31m(.*?)\u001b\\[0m");

  static CliRun run(boolean terminal, Map<String, String> env, String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--index=" + SharedIndex.index());
    if (!all.get(0).equals("batch")) {
      all.add(2, "--no-aliases"); // the matches marked are the words as written
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Io io = new Io(new ByteArrayInputStream("雅尔塔会议\n".getBytes(StandardCharsets.UTF_8)), out, err, env,
        terminal, terminal, null, null);
    int exit = Main.run(all.toArray(String[]::new), io);
    return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static boolean coloured(CliRun run) {
    assertEquals(0, run.exit(), run.err());
    return run.out().contains(ESC);
  }

  @Test
  void autoColoursOnATerminalOnlyAndNeverWithNoColor() {
    String[] search = {"search", "-n", "5", "雅尔塔会议"};
    assertTrue(coloured(run(true, Map.of(), search)), "terminal");
    assertFalse(coloured(run(false, Map.of(), search)), "pipe or file");
    assertFalse(coloured(run(true, Map.of("NO_COLOR", "1"), search)), "NO_COLOR on a terminal");
    assertTrue(coloured(run(true, Map.of("NO_COLOR", ""), search)), "an empty NO_COLOR does not count");
    assertFalse(coloured(run(true, Map.of(), "search", "--color", "never", "-n", "5", "雅尔塔会议")));
    assertTrue(coloured(run(false, Map.of(), "search", "--color", "always", "-n", "5", "雅尔塔会议")));
    assertFalse(coloured(run(false, Map.of("NO_COLOR", "1"), "search", "--color=always", "-n", "5", "雅尔塔会议")),
        "never with NO_COLOR, even with --color always (SPEC §4)");
  }

  @Test
  void colourMarksExactlyTheMatchesAndAddsNothingElse() {
    CliRun plain = run(false, Map.of(), "search", "-n", "10", "雅尔塔会议");
    // --color always on a pipe: on a terminal, long passages are also cut and wrapped (issue 11)
    CliRun colour = run(false, Map.of(), "search", "--color", "always", "-n", "10", "雅尔塔会议");
    assertEquals(plain.out(), colour.out().replaceAll("\u001b\\[[0-9;]*m", ""), "same text, escape codes aside");
    Matcher m = MATCH.matcher(colour.out());
    int matches = 0;
    while (m.find()) {
      matches++;
      assertTrue(m.group(1).equals("雅尔塔会议") || m.group(1).equals("雅爾塔會議"), m.group(1));
    }
    assertTrue(matches >= 10, matches + " highlighted matches");
  }

  @Test
  void machineFormatsNeverCarryEscapeCodesEvenOnATerminal() {
    Map<String, String> env = Map.of();
    for (String format : List.of("jsonl", "tsv", "csv")) {
      assertFalse(coloured(run(true, env, "search", "--format", format, "雅尔塔会议")), format);
      assertFalse(coloured(run(true, env, "search", "--color", "always", "--format", format, "雅尔塔会议")), format);
    }
    for (String format : List.of("jsonl", "tsv", "csv", "md")) {
      assertFalse(coloured(run(true, env, "export", "--format", format, "雅尔塔会议")), format);
    }
    assertFalse(coloured(run(true, env, "search", "-l", "雅尔塔会议")));
    assertFalse(coloured(run(true, env, "search", "-c", "雅尔塔会议")));
    assertFalse(coloured(run(true, env, "batch")));
    assertFalse(coloured(run(true, env, "batch", "--format", "tsv")));
  }
}
