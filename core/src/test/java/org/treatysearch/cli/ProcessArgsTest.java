package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProcessArgsTest {
  static final String LOST = "\uFFFD";

  static byte[] cmdline(String... entries) {
    return (String.join("\0", entries) + "\0").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void argumentsDecodedAsAsciiAreReadBackAsUtf8() {
    byte[] cmd = cmdline("/usr/bin/java", "-Xshare:auto", "-jar", "treaty.jar", "search", "-c", "外蒙古", "-獨立", "");
    String[] asAscii = {"search", "-c", LOST.repeat(9), "-" + LOST.repeat(6), ""};
    assertArrayEquals(new String[] {"search", "-c", "外蒙古", "-獨立", ""}, ProcessArgs.fromCmdline(cmd, asAscii));
  }

  @Test
  void nothingIsGuessedWhenTheEntriesDoNotAgree() {
    byte[] cmd = cmdline("java", "-cp", "x", "Main", "search", "外蒙古");
    assertNull(ProcessArgs.fromCmdline(cmd, new String[] {"export", LOST.repeat(9)}), "an intact argument differs");
    assertNull(ProcessArgs.fromCmdline(cmd, new String[] {"search", "a" + LOST}), "the ASCII part differs");
    assertNull(ProcessArgs.fromCmdline(cmdline("a"), new String[] {"x", LOST}), "too few entries");
    byte[] notUtf8 = {'j', 0, (byte) 0xFF, 0};
    assertNull(ProcessArgs.fromCmdline(notUtf8, new String[] {LOST}));
  }

  @Test
  void intactArgumentsAreLeftAlone() {
    String[] args = {"search", "外蒙古"};
    assertSame(args, ProcessArgs.asTyped(args));
  }
}
