package org.treatysearch.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real CLI in child processes, as shells and scripts do: a {@code treaty} command on the
 * PATH that starts this JVM's {@code java} with the test classpath, and {@code bash} to run
 * pipelines with it. Output goes to files, so a chatty child never blocks on a full pipe.
 */
final class ChildProcess {
  /** A safety net against a hung child, not a performance assertion. */
  private static final long TIMEOUT_MINUTES = 5;

  record Result(int exit, byte[] stdout, String err) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return "exit " + exit + ", stderr: " + err;
    }
  }

  private ChildProcess() {}

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static String classPath() {
    return System.getProperty("java.class.path");
  }

  /** {@code java [jvmOptions] -cp <test classpath> org.treatysearch.cli.Main} */
  static List<String> treatyCommand(String... jvmOptions) {
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    cmd.addAll(List.of(jvmOptions));
    cmd.add("-cp");
    cmd.add(classPath());
    cmd.add(Main.class.getName());
    return cmd;
  }

  /** Writes {@code dir/bin/treaty}, a script running the CLI, and returns {@code dir/bin}. */
  static Path treatyOnPath(Path dir) throws IOException {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    StringBuilder script = new StringBuilder("#!/bin/sh\nexec");
    for (String part : treatyCommand("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")) {
      script.append(' ').append(shellQuote(part));
    }
    script.append(" \"$@\"\n");
    Path treaty = Files.writeString(bin.resolve("treaty"), script.toString());
    treaty.toFile().setExecutable(true);
    return bin;
  }

  /** Runs {@code bash -c script} in {@code cwd} with {@code bin} first on the PATH. */
  static Result bash(Path cwd, Path bin, Map<String, String> env, String script) throws Exception {
    List<String> cmd = List.of("bash", "-c", script);
    return run(cmd, cwd, bin, env, null);
  }

  /**
   * Runs {@code command} with a clean environment: the JVM option variables that make {@code java}
   * print "Picked up ..." on stderr and the treaty variables are removed, {@code JAVA_HOME} is this
   * JVM's, {@code env} is added last.
   */
  static Result run(List<String> command, Path cwd, Path bin, Map<String, String> env, Path stdin) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile());
    Map<String, String> e = pb.environment();
    for (String name : List.of("JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "JDK_JAVA_OPTIONS", "TREATY_INDEX", "NO_COLOR")) {
      e.remove(name);
    }
    e.put("JAVA_HOME", System.getProperty("java.home"));
    String path = e.getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    e.put("PATH", bin == null ? path : bin + ":" + path);
    e.put("LC_ALL", "C.UTF-8");
    e.putAll(env);
    Path out = Files.createTempFile("treaty-child", ".out");
    Path err = Files.createTempFile("treaty-child", ".err");
    try {
      pb.redirectOutput(out.toFile()).redirectError(err.toFile());
      pb.redirectInput(stdin == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
          : ProcessBuilder.Redirect.from(stdin.toFile()));
      Process p = pb.start();
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError("child process did not finish: " + command);
      }
      return new Result(p.exitValue(), Files.readAllBytes(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  static String shellQuote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }
}
