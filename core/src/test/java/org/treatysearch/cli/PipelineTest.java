package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {

  /** Like stdout after {@code | head -1} has exited. */
  static final class ClosedPipe extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("Broken pipe");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("Broken pipe");
    }
  }

  @Test
  void closedStdoutEndsQuietlyWithExit0() {
    CliRun completion = CliRun.runTo(new ClosedPipe(), "completion", "bash");
    assertEquals(0, completion.exit());
    assertEquals("", completion.err());
    CliRun help = CliRun.runTo(new ClosedPipe(), "search", "--help");
    assertEquals(0, help.exit());
    assertEquals("", help.err());
  }

  @Test
  void aClosedReaderIsRecognisedInTheUsersLanguage() {
    // Here the C library speaks English; elsewhere the same pipe of our own gives the local text.
    assertEquals("Broken pipe", GuardedStdout.brokenPipeMessage());
    assertTrue(GuardedStdout.isLocalBrokenPipe(GuardedStdout.brokenPipeMessage()));
    assertFalse(GuardedStdout.isLocalBrokenPipe("Resource temporarily unavailable"));
    assertFalse(GuardedStdout.isLocalBrokenPipe(null));
  }

  @Test
  void otherStdoutFailuresAreErrors() {
    OutputStream full = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    };
    CliRun run = CliRun.runTo(full, "completion");
    assertEquals(2, run.exit());
    assertEquals("treaty: cannot write output: No space left on device\n", run.err());
  }

  @Test
  void completionScriptCoversCommandsAndChoices() {
    CliRun run = CliRun.run("completion", "bash");
    assertEquals(0, run.exit());
    assertTrue(run.out().contains("complete -F _complete_treaty"), run.out().substring(0, 200));
    assertTrue(run.out().contains("search") && run.out().contains("--format") && run.out().contains("jsonl"));
    assertEquals(2, CliRun.run("completion", "fish").exit());
  }

  @Test
  void exportToAnUnwritablePathFailsWithOneLineAndLeavesNoFile(@TempDir Path dir) throws Exception {
    Path notADir = Files.writeString(dir.resolve("file"), "x");
    Path target = notADir.resolve("out.csv");
    Exception e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> out.write("data")));
    assertTrue(e.getMessage().startsWith("cannot write " + target + ": "), e.getMessage());
    assertFalse(e.getMessage().contains("\n"));

    Path missingDir = dir.resolve("no/such/dir/out.csv");
    assertThrows(IOException.class, () -> AtomicFile.write(missingDir, out -> out.write("data")));
    assertEquals(List.of(notADir), listing(dir));

    CliRun run = CliRun.run("export", "--format", "csv", "-o", target.toString(), "--index", dir.resolve("idx").toString(), "x");
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines(), run.err());
    assertEquals(List.of(notADir), listing(dir));
  }

  @Test
  void atomicFileIsWholeOrNothing(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("out.md");
    Files.writeString(target, "old");
    assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
      out.write("partial");
      throw new IllegalStateException("failed half way");
    }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of(target), listing(dir), "temporary file removed");
    AtomicFile.write(target, out -> out.write("新"));
    assertEquals("新", Files.readString(target));
    assertEquals(List.of(target), listing(dir));
  }

  private static List<Path> listing(Path dir) throws IOException {
    try (var s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void stdinLinesAreStrictUtf8WithTheirLineNumbers() throws Exception {
    byte[] input = "\uFEFF外蒙古\r\n\n雅尔塔\n".getBytes(StandardCharsets.UTF_8);
    Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(input));
    assertEquals("外蒙古", lines.next());
    assertEquals("", lines.next());
    assertEquals("雅尔塔", lines.next());
    assertEquals(3, lines.number());
    assertEquals(null, lines.next());

    byte[] bad = {'a', '\n', 'b', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    Utf8Lines badLines = new Utf8Lines(new ByteArrayInputStream(bad));
    badLines.next();
    badLines.next();
    IOException e = assertThrows(Utf8Lines.NotUtf8Exception.class, badLines::next);
    assertEquals("stdin line 3: not valid UTF-8", e.getMessage());
  }

  @Test
  void nonUtf8StdinInBatchIsExit2NamingTheLine() {
    // The index is opened first; with no index the error is the index one, still exit 2 and one line.
    CliRun run = CliRun.run(Map.of(), new byte[] {(byte) 0xFF, '\n'}, "batch", "--index", "/nonexistent/idx");
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines(), run.err());
  }
}
