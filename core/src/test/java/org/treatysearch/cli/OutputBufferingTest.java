package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatysearch.testing.SharedIndex;

/**
 * Issue 4: output is buffered, not flushed per line. Stdout here records every write and flush the
 * program makes: large writes only, and one flush at the end.
 */
class OutputBufferingTest {
  /** Every passage and footnote of the 27 articles. */
  static final String EVERYTHING = "kind:paragraph OR kind:list-item OR kind:quote OR kind:footnote";

  static final class RecordingStdout extends OutputStream {
    final ByteArrayOutputStream data = new ByteArrayOutputStream();
    final List<Integer> writes = new ArrayList<>();
    int flushes;

    @Override
    public void write(int b) {
      writes.add(1);
      data.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writes.add(len);
      data.write(b, off, len);
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "csv", "tsv", "md"})
  void exportWritesBigBlocksAndFlushesOnce(String format) {
    RecordingStdout stdout = new RecordingStdout();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new String[] {"export", "--index", SharedIndex.index().toString(), "--format", format, EVERYTHING},
        new ByteArrayInputStream(new byte[0]), stdout, err, Map.of());
    assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
    long lines = stdout.data.toString(StandardCharsets.UTF_8).lines().count();
    assertTrue(stdout.data.size() > 256 * 1024 && lines > 900, stdout.data.size() + " bytes, " + lines + " lines");
    assertTrue(stdout.flushes <= 1, stdout.flushes + " flushes");
    List<Integer> allButLast = stdout.writes.subList(0, stdout.writes.size() - 1);
    assertTrue(allButLast.stream().allMatch(n -> n >= 32 * 1024),
        "writes of at least 32 KiB, not a write per line or per 8 KiB: " + stdout.writes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "tsv"})
  void batchWritesBigBlocksAndFlushesOnce(String format) {
    RecordingStdout stdout = new RecordingStdout();
    byte[] queries = "外蒙古\n雅尔塔会议\n中蘇\n條約\n蘇聯\n".repeat(40).getBytes(StandardCharsets.UTF_8);
    int exit = Main.run(new String[] {"batch", "--index", SharedIndex.index().toString(), "--format", format},
        new ByteArrayInputStream(queries), stdout, new ByteArrayOutputStream(), Map.of());
    assertEquals(0, exit);
    assertTrue(stdout.data.size() > 128 * 1024, stdout.data.size() + " bytes");
    assertTrue(stdout.flushes <= 1, stdout.flushes + " flushes");
    assertTrue(stdout.writes.subList(0, stdout.writes.size() - 1).stream().allMatch(n -> n >= 32 * 1024),
        stdout.writes.toString());
  }
}
