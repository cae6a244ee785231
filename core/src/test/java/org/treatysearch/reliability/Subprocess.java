package org.treatysearch.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real CLI in a child JVM, as a script would run it. */
final class Subprocess {
  private Subprocess() {}

  static ProcessBuilder treaty(Path log, String... args) {
    return shell(null, log, args);
  }

  /** With a maximum heap: proof that memory stays bounded. */
  static ProcessBuilder treatyWithHeap(String maxHeap, Path log, String... args) {
    ProcessBuilder pb = shell(null, log, args);
    pb.command().add(1, "-Xmx" + maxHeap);
    return pb;
  }

  /** {@code prefix} is a shell snippet run before exec (e.g. {@code ulimit -f 64}); null for none. */
  static ProcessBuilder shell(String prefix, Path log, String... args) {
    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-Xshare:auto", "-XX:TieredStopAtLevel=1", // quickest start for short runs
        "-cp", System.getProperty("java.class.path"),
        "org.treatysearch.cli.Main"));
    java.addAll(List.of(args));
    List<String> command;
    if (prefix == null) {
      command = java;
    } else {
      command = new ArrayList<>(List.of("/bin/sh", "-c", prefix + "; exec \"$@\"", "sh"));
      command.addAll(java);
    }
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
    pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    pb.redirectError(log.toFile());
    pb.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    return pb;
  }

  static String read(Path log) throws IOException {
    return Files.exists(log) ? Files.readString(log) : "";
  }
}
