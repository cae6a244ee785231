package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: scripts/treaty rebuilds the jar only when what goes into it changed (core/src/main, its
 * resources, core/pom.xml, the root pom.xml), never for a test file; it says before building that it will take a while;
 * Maven is asked for no colour (its ANSI codes reached users' stderr); {@code install} links the
 * launcher onto a PATH folder. Maven is replaced by a script that records its calls and touches
 * the jar, which is a manifest pointing at the classes under test.
 */
class LauncherTest {
  @TempDir Path project;
  Path bin;
  Path calls;
  Instant built = Instant.now().minusSeconds(3600);

  @BeforeEach
  void aBuiltProject() throws Exception {
    Path scripts = Files.createDirectories(project.resolve("scripts"));
    Files.copy(ReadmeRecipesTest.ROOT.resolve("scripts/treaty"), scripts.resolve("treaty"), StandardCopyOption.COPY_ATTRIBUTES);
    for (String f : List.of("pom.xml", "core/pom.xml", "core/src/main/java/org/x/A.java", "core/src/main/resources/org/x/r.bin",
        "core/src/test/java/org/x/ATest.java", "core/src/test/resources/t.txt")) {
      Path p = project.resolve(f);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "x");
      Files.setLastModifiedTime(p, FileTime.from(built.minusSeconds(600)));
    }
    Path jar = Files.createDirectories(project.resolve("core/target")).resolve("treaty.jar");
    ReadmeRecipesTest.manifestOnlyJar(jar);
    Files.setLastModifiedTime(jar, FileTime.from(built));
    try (var all = Files.walk(project.resolve("core/src"))) { // folders too: find -newer sees them
      for (Path p : all.filter(Files::isDirectory).toList()) {
        Files.setLastModifiedTime(p, FileTime.from(built.minusSeconds(600)));
      }
    }
    bin = Files.createDirectories(project.resolve("fake-bin"));
    calls = project.resolve("mvn-calls");
    Path mvn = Files.writeString(bin.resolve("mvn"),
        "#!/bin/sh\nprintf '%s|%s|%s\\n' \"$PWD\" \"$*\" \"$MAVEN_OPTS\" >> " + ChildProcess.shellQuote(calls.toString())
            + "\ntouch core/target/treaty.jar\n");
    mvn.toFile().setExecutable(true);
  }

  ChildProcess.Result version() throws Exception {
    ChildProcess.Result r = ChildProcess.run(List.of("bash", project.resolve("scripts/treaty").toString(), "--version"),
        project, bin, Map.of("HOME", project.toString()), null);
    assertEquals(0, r.exit(), r.err());
    assertEquals(Version.TEXT + "\n", r.out());
    return r;
  }

  List<String> mvnCalls() throws Exception {
    return Files.exists(calls) ? Files.readAllLines(calls) : List.of();
  }

  void changed(String file) throws Exception {
    Files.setLastModifiedTime(project.resolve(file), FileTime.from(built.plusSeconds(600)));
  }

  @Test
  void testFilesDoNotRebuildTheJar() throws Exception {
    version();
    changed("core/src/test/java/org/x/ATest.java");
    changed("core/src/test/resources/t.txt");
    ChildProcess.Result r = version();
    assertEquals(List.of(), mvnCalls());
    assertEquals("", r.err());
  }

  @Test
  void mainSourcesResourcesAndPomDo() throws Exception {
    int expected = 0;
    for (String file : List.of("core/src/main/java/org/x/A.java", "core/src/main/resources/org/x/r.bin", "core/pom.xml", "pom.xml")) {
      // back to a jar older than nothing but the file changed now (all times in the past)
      Files.setLastModifiedTime(project.resolve("core/target/treaty.jar"), FileTime.from(built));
      for (String f : List.of("core/src/main/java/org/x/A.java", "core/src/main/resources/org/x/r.bin", "core/pom.xml", "pom.xml")) {
        Files.setLastModifiedTime(project.resolve(f), FileTime.from(built.minusSeconds(600)));
      }
      changed(file);
      ChildProcess.Result r = version();
      expected++;
      List<String> calls = mvnCalls();
      assertEquals(expected, calls.size(), file + ": " + calls);
      String[] call = calls.get(expected - 1).split("\\|", -1);
      assertEquals(project.toRealPath().toString(), Path.of(call[0]).toRealPath().toString(), "built in the project");
      assertTrue(call[1].contains("package") && call[1].contains("-Dstyle.color=never") && call[1].contains("-B"), call[1]);
      assertTrue(call[2].contains("-Djansi.noreset=true"), "Maven 3.8 writes ESC[0m without it: " + call[2]);
      assertTrue(r.err().startsWith("treaty: building core/target/treaty.jar with Maven ("), r.err());
      assertTrue(r.err().lines().findFirst().orElseThrow().matches(".*\\d+ s.*"), "says how long: " + r.err());
      assertFalse(r.err().contains("\u001b"), "no ANSI codes");
      version(); // the jar is new now: no second build
      assertEquals(expected, mvnCalls().size(), file);
    }
  }

  @Test
  void installLinksTheLauncherIntoAFolder() throws Exception {
    Path dir = project.resolve("my bin");
    ChildProcess.Result r = ChildProcess.run(List.of("bash", project.resolve("scripts/treaty").toString(), "install", dir.toString()),
        project, bin, Map.of("HOME", project.toString()), null);
    assertEquals(0, r.exit(), r.err());
    Path link = dir.resolve("treaty");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(project.resolve("scripts/treaty").toRealPath(), link.toRealPath());
    assertTrue(r.err().contains("is not on your PATH"), r.err());

    // the link runs the project's launcher from anywhere, as 'treaty'
    ChildProcess.Result run = ChildProcess.bash(Files.createDirectories(project.resolve("elsewhere")), dir,
        Map.of("HOME", project.toString()), "treaty --version");
    assertEquals(0, run.exit(), run.err());
    assertEquals(Version.TEXT + "\n", run.out());

    ChildProcess.Result home = ChildProcess.run(List.of("bash", project.resolve("scripts/treaty").toString(), "install"),
        project, bin, Map.of("HOME", project.toString()), null);
    assertEquals(0, home.exit(), home.err());
    assertTrue(Files.isSymbolicLink(project.resolve(".local/bin/treaty")), "default: ~/.local/bin");
    assertEquals(List.of(), mvnCalls(), "installing builds nothing");
  }
}
