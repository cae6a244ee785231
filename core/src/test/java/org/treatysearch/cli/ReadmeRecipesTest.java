package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.output.CsvPrinter;

/**
 * Issue 4: the README's "Pipeline recipes" run as written and print what the README says. Each
 * fenced block under that heading runs with {@code bash} (plus {@code set -euo pipefail}) as a
 * newcomer would run it (issue 14): in a folder of their own, outside the clone, with
 * {@code treaty} linked onto the PATH by {@code scripts/treaty install}. The clone is a copy of
 * the project layout: the real {@code scripts/treaty}, the shipped {@code corpus/}, its
 * {@code index/} built beforehand (the launcher would build it too, saying so on stderr), and in
 * {@code core/target/treaty.jar} a jar whose manifest points at the classes under test (Maven packages
 * the real jar only after the tests). The outputs are checked against the CLI run in-process on
 * the same index.
 */
class ReadmeRecipesTest {
  static final String HEADING = "## Pipeline recipes";
  @TempDir static Path project;
  @TempDir static Path work;
  @TempDir static Path installed;
  static String index;
  static List<String> recipes;

  /** The project's root: tests run in the core module's folder. */
  static final Path ROOT = Path.of("..");

  @BeforeAll
  static void copyTheProjectLayout() throws Exception {
    recipes = recipes(Files.readString(ROOT.resolve("README.md")));
    Path scripts = Files.createDirectories(project.resolve("scripts"));
    Files.copy(ROOT.resolve("scripts/treaty"), scripts.resolve("treaty"), StandardCopyOption.COPY_ATTRIBUTES);
    Path corpus = Files.createDirectories(project.resolve("corpus"));
    try (Stream<Path> files = Files.list(ROOT.resolve("corpus"))) {
      for (Path f : files.toList()) {
        Files.copy(f, corpus.resolve(f.getFileName()));
      }
    }
    manifestOnlyJar(Files.createDirectories(project.resolve("core/target")).resolve("treaty.jar"));
    List<String> problems = new ArrayList<>();
    Indexer.build(corpus, project.resolve("index"), Indexer.Progress.NONE, problems::add);
    assertEquals(List.of(), problems);
    index = project.resolve("index").toString();
    ChildProcess.Result install = ChildProcess.run(
        List.of("bash", project.resolve("scripts/treaty").toString(), "install", installed.toString()),
        work, null, Map.of(), null);
    assertEquals(0, install.exit(), install.err());
  }

  /** The fenced code blocks between the recipes heading and the next heading of its level. */
  static List<String> recipes(String readme) {
    int start = readme.indexOf("\n" + HEADING + "\n");
    assertTrue(start >= 0, "README has a '" + HEADING + "' section");
    int end = readme.indexOf("\n## ", start + HEADING.length() + 2);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    List<String> blocks = new ArrayList<>();
    Matcher m = Pattern.compile("\n```(?:sh|bash)?\n(.*?)```\n", Pattern.DOTALL).matcher(section);
    while (m.find()) {
      blocks.add(m.group(1));
    }
    return blocks;
  }

  /** A jar holding only a manifest: Main-Class, and a Class-Path of this test run's classpath. */
  static void manifestOnlyJar(Path jar) throws Exception {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.put(Attributes.Name.MAIN_CLASS, Main.class.getName());
    main.put(Attributes.Name.CLASS_PATH, Arrays.stream(ChildProcess.classPath().split(File.pathSeparator))
        .map(p -> Path.of(p).toAbsolutePath().toUri().toString())
        .collect(Collectors.joining(" ")));
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
      // nothing but the manifest
    }
  }

  /** The one recipe that contains {@code marker}, run as written. */
  static ChildProcess.Result run(String marker) throws Exception {
    List<String> matching = recipes.stream().filter(r -> r.contains(marker)).toList();
    assertEquals(1, matching.size(), "one recipe with '" + marker + "' in " + recipes);
    ChildProcess.Result r = ChildProcess.bash(work, installed, Map.of(), "set -euo pipefail\n" + matching.get(0));
    assertEquals("", r.err(), matching.get(0));
    assertEquals(0, r.exit(), matching.get(0));
    return r;
  }

  static CliRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--index=" + index);
    CliRun run = CliRun.run(all.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    return run;
  }

  @Test
  void everyRecipeIsTested() {
    List<String> markers = List.of("export --format csv -o out.csv", "| jq ", "batch --format tsv", "| xargs -0 treaty show",
        "| xargs -0 treaty cite --format csl-json");
    assertEquals(markers.size(), recipes.size(), "a recipe this test does not know: " + recipes);
    for (String marker : markers) {
      assertEquals(1, recipes.stream().filter(r -> r.contains(marker)).count(), marker);
    }
    assertTrue(recipes.stream().allMatch(r -> r.contains("treaty ") && !r.contains("scripts/treaty")),
        "recipes use the installed treaty, from any folder");
  }

  @Test
  void exportToCsv() throws Exception {
    ChildProcess.Result r = run("export --format csv -o out.csv");
    assertEquals("", r.out());
    List<String> expected = ExportTest.ids(ExportTest.jsonLines(cli("export", "外蒙古").out()));
    assertEquals(Long.parseLong(cli("search", "-c", "外蒙古").out().strip()), expected.size());
    try (CSVParser csv = CSVParser.parse(new StringReader(Files.readString(work.resolve("out.csv"))),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      assertEquals(CsvPrinter.COLUMNS, csv.getHeaderNames(), "a header row, the README's columns");
      assertEquals(expected, csv.getRecords().stream().map(rec -> rec.get("id")).toList(),
          "every passage about 外蒙古, in document order");
    }
  }

  @Test
  void countPerArticleWithJq() throws Exception {
    Assumptions.assumeTrue(onPath("jq"), "jq is not installed: the jq recipe cannot run here");
    ChildProcess.Result r = run("| jq ");
    Map<String, Long> expected = new LinkedHashMap<>();
    for (JsonNode hit : ExportTest.jsonLines(cli("export", "外蒙古").out())) {
      expected.merge(hit.get("article").asText(), 1L, Long::sum);
    }
    Map<String, Long> printed = new LinkedHashMap<>();
    Pattern line = Pattern.compile(" *(\\d+) (\\S+)");
    for (String l : r.out().lines().toList()) {
      Matcher m = line.matcher(l);
      assertTrue(m.matches(), "COUNT ARTICLE-ID: '" + l + "'");
      assertEquals(null, printed.put(m.group(2), Long.parseLong(m.group(1))), "one line per article");
    }
    assertEquals(expected, printed);
  }

  @Test
  void batchFromAFile() throws Exception {
    ChildProcess.Result r = run("batch --format tsv");
    List<String> queries = Files.readAllLines(work.resolve("queries.txt")).stream()
        .filter(q -> !q.isBlank()).toList();
    assertTrue(queries.size() >= 2, queries.toString());
    List<String> expected = new ArrayList<>();
    for (String query : queries) {
      String hits = cli("search", "--format", "tsv", query).out();
      assertTrue(!hits.isEmpty(), "each recipe query finds something: " + query);
      hits.lines().forEach(hit -> expected.add(query + "\t" + hit));
    }
    assertEquals(expected, r.out().lines().toList(), "each query's top 10 as TSV, the query first");
  }

  @Test
  void idsIntoXargsShow() throws Exception {
    ChildProcess.Result r = run("| xargs -0 treaty show");
    List<String> ids = cli("search", "-l", "雅爾塔").out().lines().toList();
    assertTrue(ids.size() > 1, ids.toString());
    StringBuilder expected = new StringBuilder();
    for (String id : ids) {
      expected.append(expected.length() == 0 ? "" : "\n").append(cli("show", id).out());
    }
    assertEquals(expected.toString(), r.out(), "show of every top hit, in rank order, a blank line between");
  }

  @Test
  void idsIntoXargsCite() throws Exception {
    ChildProcess.Result r = run("| xargs -0 treaty cite --format csl-json");
    assertEquals("", r.out(), "the array went to refs.json");
    JsonNode refs = ExportTest.JSON.readTree(Files.readString(work.resolve("refs.json")));
    assertEquals(List.of(), ShowAndCiteTest.cslErrors(refs));
    List<String> ids = cli("search", "-l", "雅爾塔").out().lines().toList();
    List<String> cited = new ArrayList<>();
    refs.forEach(item -> cited.add(item.get("id").asText()));
    assertEquals(ids, cited, "one item per top hit, in rank order");
  }

  @Test
  void theCloneIsLeftClean() throws Exception {
    for (String marker : List.of("export --format csv -o out.csv", "batch --format tsv")) {
      run(marker);
    }
    for (String f : List.of("out.csv", "queries.txt", "refs.json")) {
      assertTrue(!Files.exists(project.resolve(f)), f + " written into the clone");
    }
  }

  static boolean onPath(String program) {
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
  }
}
