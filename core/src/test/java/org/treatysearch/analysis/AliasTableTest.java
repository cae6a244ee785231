package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasTableTest {
  private static final Path ARTICLES = Path.of("src/test/resources/articles");

  /** The shipped table's lines, read here as plain text (not through AliasTable). */
  private static List<String[]> rawGroups() throws IOException {
    List<String[]> groups = new ArrayList<>();
    try (InputStream in = AliasTable.class.getResourceAsStream(AliasTable.RESOURCE)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          groups.add(line.split("\t"));
        }
      }
    }
    return groups;
  }

  /** Every test article's raw text, folded and lower-cased: plain string matching, no engine. */
  private static String corpusText() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(ARTICLES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
        all.append(Files.readString(f)).append('\n');
      }
    }
    return AliasTable.key(all.toString());
  }

  @Test
  void everyShippedGroupHasAProvenanceAndNoNameIsInTwoGroups() throws IOException {
    Map<String, Integer> groupOf = new HashMap<>();
    List<String[]> groups = rawGroups();
    assertTrue(groups.size() > 100, "groups: " + groups.size());
    for (int i = 0; i < groups.size(); i++) {
      String[] g = groups.get(i);
      assertEquals(2, g.length, "names and provenance: " + String.join("\t", g));
      assertFalse(g[1].isBlank(), g[0]);
      for (String name : g[0].split("\\|")) {
        Integer other = groupOf.put(AliasTable.key(name), i);
        assertTrue(other == null || other == i, name + " is in two groups");
      }
    }
  }

  @Test
  void theVariantsThatOccurInTheTestArticlesAreOneGroup() throws IOException {
    String text = corpusText();
    AliasTable table = AliasTable.shipped();
    int withVariantsInCorpus = 0;
    for (String[] g : rawGroups()) {
      List<String> occurring = Stream.of(g[0].split("\\|")).filter(n -> text.contains(AliasTable.key(n))).toList();
      for (String name : occurring) {
        List<String> members = table.group(name).stream().map(AliasTable::key).toList();
        for (String other : occurring) {
          assertTrue(members.contains(AliasTable.key(other)), name + " and " + other + " should be one group");
        }
      }
      if (occurring.stream().map(AliasTable::key).distinct().count() >= 2) {
        withVariantsInCorpus++;
      }
    }
    // 73 of the 150 groups when the table was written: the test articles hold two or more spellings of each
    assertTrue(withVariantsInCorpus >= 70, "groups with two or more spellings in the corpus: " + withVariantsInCorpus);
  }

  @Test
  void aNameTheWayEachSchoolTeachesIt() throws IOException {
    String text = corpusText();
    AliasTable table = AliasTable.shipped();
    String[][] pairs = {
      {"斯大林", "史達林"}, {"史大林", "斯大林"}, {"蔣介石", "蔣中正"}, {"罗斯福", "小罗斯福"},
      {"丘吉尔", "邱吉爾"}, {"海参崴", "符拉迪沃斯托克"}, {"戈尔巴乔夫", "戈巴契夫"}, {"赫鲁晓夫", "赫魯雪夫"},
      {"库伦", "乌兰巴托"}, {"迪化", "乌鲁木齐"}, {"雅尔塔会议", "雅爾達會議"}, {"中俄蒙协约", "恰克图条约"},
      {"海兰泡", "布拉戈维申斯克"}, {"沙俄", "俄罗斯帝国"},
    };
    for (String[] p : pairs) {
      assertTrue(table.group(p[0]).stream().map(AliasTable::key).toList().contains(AliasTable.key(p[1])),
          p[0] + " → " + p[1] + ": " + table.group(p[0]));
    }
    // both spellings stand in the test articles (raw text, folded): the table serves real passages
    for (String[] p : new String[][] {{"斯大林", "史達林"}, {"蔣介石", "蔣中正"}, {"丘吉尔", "邱吉爾"},
        {"库伦", "乌兰巴托"}, {"迪化", "乌鲁木齐"}, {"赫鲁晓夫", "赫魯雪夫"}}) {
      assertTrue(text.contains(AliasTable.key(p[0])) && text.contains(AliasTable.key(p[1])), String.join("/", p));
    }
  }

  @Test
  void groupsAreEquivalencesNotBroaderTerms() {
    AliasTable table = AliasTable.shipped();
    assertFalse(table.group("外蒙古").contains("蒙古"));
    assertEquals(List.of("蒙古"), table.group("蒙古"));
    assertFalse(table.group("苏联").stream().map(AliasTable::key).toList().contains(AliasTable.key("蘇俄")));
    assertEquals(List.of("条约"), table.group("条约"), "a word without a group is itself");
  }

  @Test
  void lookupIsFoldedAndCaseBlind() throws Exception {
    AliasTable table = AliasTable.empty().with(new TempFile("Stalin|斯大林\n").path);
    assertEquals(List.of("Stalin", "斯大林"), table.group("STALIN"));
    assertEquals(List.of("Stalin", "斯大林"), table.group("史達林".replace("史達", "斯大")));
    assertEquals(List.of("Stalin", "斯大林"), table.group("斯大林"));
  }

  @Test
  void aUserTableAddsAndMerges(@TempDir Path dir) throws Exception {
    Path user = Files.writeString(dir.resolve("mine.tsv"), "# my names\n\n斯大林|朱加什维利\n我的条约|我的條約别名\tmy notes\n");
    AliasTable table = AliasTable.forSearch(null, List.of(user));
    assertTrue(table.group("史達林").contains("朱加什维利"));
    assertTrue(table.group("朱加什维利").contains("史大林"));
    assertEquals(List.of("我的条约", "我的條約别名"), table.group("我的條約"));
    assertEquals("my notes", table.lookup("我的条约").orElseThrow().provenance());
  }

  @Test
  void aliasesBesideTheCorpusAreRead(@TempDir Path corpus) throws Exception {
    Files.writeString(corpus.resolve(AliasTable.CORPUS_FILE), "甲乙条约|丙丁条约\n");
    assertEquals(List.of("甲乙条约", "丙丁条约"), AliasTable.forSearch(corpus, List.of()).group("丙丁条约"));
    assertEquals(List.of("丙丁条约"), AliasTable.forSearch(corpus.resolve("none"), List.of()).group("丙丁条约"));
  }

  @Test
  void aBadLineNamesFileAndLine(@TempDir Path dir) throws Exception {
    String[][] bad = {
      {"a|b\n斯大林\n", "2", "at least two"},
      {"a|b\n\n# c\nx||y\n", "4", "empty name"},
      {"a|b\tp\tq\n", "1", "TAB"},
      {"斯大林|史達林\n史达林|史大林\n", "2", "already in the group on line 1"},
      {"史達林|史达林\n", "1", "only spellings"},
    };
    for (String[] b : bad) {
      Path f = Files.writeString(dir.resolve("bad.tsv"), b[0]);
      AliasTableException e = assertThrows(AliasTableException.class, () -> AliasTable.forSearch(null, List.of(f)));
      assertEquals(f.toString(), e.table());
      assertEquals(Integer.parseInt(b[1]), e.line(), b[0]);
      assertTrue(e.reason().contains(b[2]), e.reason());
    }
    Path latin1 = dir.resolve("latin1.tsv");
    Files.write(latin1, new byte[] {'a', '|', 'b', '\n', 'c', '|', (byte) 0xE9, '\n'});
    AliasTableException e = assertThrows(AliasTableException.class, () -> AliasTable.forSearch(null, List.of(latin1)));
    assertEquals(2, e.line());
    AliasTableException missing = assertThrows(AliasTableException.class,
        () -> AliasTable.forSearch(null, List.of(dir.resolve("nope.tsv"))));
    assertEquals(0, missing.line());
  }

  /** A temporary user table, deleted at exit. */
  private static final class TempFile {
    final Path path;

    TempFile(String text) throws IOException {
      path = Files.createTempFile("aliases", ".tsv");
      path.toFile().deleteOnExit();
      Files.writeString(path, text);
    }
  }
}
