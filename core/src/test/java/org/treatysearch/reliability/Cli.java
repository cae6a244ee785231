package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.treatysearch.cli.Main;

/** One in-process run of the CLI, with what it printed. */
record Cli(int exit, String out, String err) {

  static Cli run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(args, new ByteArrayInputStream(new byte[0]), out, err, Map.of());
    return new Cli(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  List<String> errLines() {
    return err.lines().toList();
  }

  /** Exit 2 with exactly one stderr line, no stack trace; returns that line. */
  String oneErrorLine() {
    assertEquals(2, exit, () -> "exit status; stderr: " + err);
    assertEquals(1, errLines().size(), () -> "one line on stderr, got: " + err);
    String line = errLines().get(0);
    assertFalse(line.contains("internal error"), line);
    assertFalse(line.contains("Exception:") && line.contains("\tat "), line);
    return line;
  }
}
