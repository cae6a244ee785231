package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;

/**
 * SPEC §3's hit set, checked against an independent computation: the passages and footnotes are
 * read back with {@code show --format json}, folded with ICU4J's own Traditional-Simplified
 * transliterator (not the engine's table), and each query's expected ids are computed by plain
 * string matching, with the rule written out here by hand for each query. Variant names are off
 * ({@code --no-aliases}): they are the names issue's, tested in AliasTableTest and below. {@code export} must
 * return exactly those ids and {@code search -c} their number.
 */
class HitSetTest {
  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static String index;
  private static final List<Unit> UNITS = new ArrayList<>();

  /** A passage or footnote with text, as show prints it, folded. */
  record Unit(String id, String text, List<String> headings, String title, boolean appendix) {
    boolean inText(String w) {
      return text.contains(fold(w));
    }

    boolean anywhere(String w) {
      String f = fold(w);
      return text.contains(f) || title.contains(f) || headings.stream().anyMatch(h -> h.contains(f));
    }

    boolean textMatches(Pattern p) {
      return p.matcher(text).find();
    }
  }

  static String fold(String s) {
    return T2S.transliterate(s).toLowerCase(Locale.ROOT);
  }

  @BeforeAll
  static void readBack() throws Exception {
    index = SharedIndex.index().toString();
    CliRun stats = CliRun.run("stats", "--format", "json", "--index", index);
    for (JsonNode a : JSON.readTree(stats.out()).get("articles")) {
      JsonNode article = JSON.readTree(CliRun.run("show", a.get("id").asText(), "--format", "json", "--index", index).out());
      String title = fold(article.get("title").asText());
      for (JsonNode section : article.get("sections")) {
        List<String> path = new ArrayList<>();
        section.get("path").forEach(h -> path.add(fold(h.asText())));
        for (JsonNode p : section.get("passages")) {
          UNITS.add(new Unit(p.get("id").asText(), fold(p.get("text").asText()), path, title, p.get("appendix").asBoolean()));
        }
      }
      for (JsonNode f : article.get("footnotes")) {
        if (!f.get("text").asText().isEmpty()) {
          UNITS.add(new Unit(f.get("id").asText(), fold(f.get("text").asText()), List.of(), title, false));
        }
      }
    }
    assertTrue(UNITS.size() > 800, "the 27 articles' passages and footnotes: " + UNITS.size());
  }

  /** Every word anywhere, and at least one of them in the text: the hit rule for a plain AND. */
  static Predicate<Unit> allOf(String... words) {
    return u -> List.of(words).stream().allMatch(u::anywhere) && List.of(words).stream().anyMatch(u::inText);
  }

  private static void check(String query, Predicate<Unit> rule) throws Exception {
    check(query, rule, new String[0]);
  }

  private static void check(String query, Predicate<Unit> rule, String... options) throws Exception {
    Set<String> expected = UNITS.stream().filter(rule).map(Unit::id).collect(Collectors.toCollection(TreeSet::new));
    List<String> exportArgs = new ArrayList<>(List.of("export", "--format", "jsonl", "--no-aliases", "--index", index));
    exportArgs.addAll(List.of(options));
    exportArgs.addAll(List.of("--", query));
    CliRun export = CliRun.run(exportArgs.toArray(String[]::new));
    Set<String> got = new TreeSet<>();
    for (String line : export.out().lines().toList()) {
      got.add(JSON.readTree(line).get("id").asText());
    }
    assertEquals(expected, got, query);
    assertEquals(expected.isEmpty() ? 1 : 0, export.exit(), query + ": " + export.err());
    List<String> countArgs = new ArrayList<>(List.of("search", "-c", "--no-aliases", "--index", index));
    countArgs.addAll(List.of(options));
    countArgs.addAll(List.of("--", query));
    CliRun count = CliRun.run(countArgs.toArray(String[]::new));
    assertEquals(expected.size() + "\n", count.out(), query);
    System.out.printf("HitSetTest: %-32s %4d passages%n", query, expected.size());
  }

  @Test
  void aWordInTheTitleOrAHeadingAloneMakesNoHit() throws Exception {
    check("雅尔塔会议", u -> u.inText("雅尔塔会议"));
    check("條約", u -> u.inText("条约"));
    check("外蒙古 公民投票", allOf("外蒙古", "公民投票"));
    check("text:雅尔塔", u -> u.inText("雅尔塔"));
  }

  @Test
  void orBindsTighterThanTheImplicitAnd() throws Exception {
    check("斯大林 史太林 OR 毛泽东xyz", u -> false); // neither 史太林 nor 毛泽东xyz is in the corpus
    check("斯大林 史達林 OR 羅斯福", u -> u.anywhere("斯大林") && (u.anywhere("史达林") || u.anywhere("罗斯福"))
        && (u.inText("斯大林") || u.inText("史达林") || u.inText("罗斯福")));
    check("蘇聯 OR 俄國 外蒙古", u -> (u.anywhere("苏联") || u.anywhere("俄国")) && u.anywhere("外蒙古")
        && (u.inText("苏联") || u.inText("俄国") || u.inText("外蒙古")));
    check("(千島群島 OR 控蘇案) 聯合國", u -> (u.anywhere("千岛群岛") || u.anywhere("控苏案")) && u.anywhere("联合国")
        && (u.inText("千岛群岛") || u.inText("控苏案") || u.inText("联合国")));
    check("雅爾塔 AND 羅斯福 OR 邱吉爾", u -> u.anywhere("雅尔塔") && (u.anywhere("罗斯福") || u.anywhere("邱吉尔"))
        && (u.inText("雅尔塔") || u.inText("罗斯福") || u.inText("邱吉尔")));
  }

  @Test
  void exclusionsLookAtTheTextOnly() throws Exception {
    check("斯大林 -雅尔塔", u -> u.inText("斯大林") && !u.inText("雅尔塔"));
    check("外蒙古 NOT 蘇聯", u -> u.inText("外蒙古") && !u.inText("苏联"));
  }

  @Test
  void proximityCountsTheCharactersBetween() throws Exception {
    // at most 10 characters between the two words, in either order: a Han character counts one,
    // a run of other letters or digits one, a run of punctuation or spaces one
    check("\"苏联 外蒙古\"~10", u -> near(u.text(), "苏联", "外蒙古", 10));
  }

  @Test
  void wildcardsInHanWords() throws Exception {
    check("雅?塔", u -> u.textMatches(Pattern.compile("雅\\p{IsHan}塔")));
    check("雅尔塔*", u -> u.inText("雅尔塔"));
    check("中*条约", u -> u.textMatches(Pattern.compile("中\\p{IsHan}{0,10}条约")));
  }

  @Test
  void appendixPassagesCanBeLeftOut() throws Exception {
    check("雅尔塔会议", u -> u.inText("雅尔塔会议") && !u.appendix(), "--no-appendix");
    check("條約", u -> u.inText("条约") && !u.appendix(), "--no-appendix");
    assertTrue(UNITS.stream().filter(u -> u.inText("雅尔塔会议")).anyMatch(Unit::appendix), "the corpus has such passages");
  }

  @Test
  void articleIdsFoldLikeWords() throws Exception {
    check("斯大林", u -> u.id().startsWith("雅尔塔会议#") && u.inText("斯大林"), "--article", "雅爾塔會議");
    CliRun none = CliRun.run("search", "--index", index, "--article", "nonexistent", "斯大林");
    assertEquals(2, none.exit());
    assertEquals("treaty: no article 'nonexistent' (see 'treaty stats' for the ids)\n", none.err());
  }

  @Test
  void aNameFindsItsVariants() throws Exception {
    CliRun plain = CliRun.run("search", "-c", "--no-aliases", "--index", index, "史達林");
    CliRun aliased = CliRun.run("search", "-c", "--index", index, "史達林");
    long either = UNITS.stream().filter(u -> u.inText("史达林") || u.inText("斯大林") || u.inText("史大林")).count();
    assertTrue(Long.parseLong(aliased.out().strip()) >= either, aliased.out() + " < " + either);
    assertTrue(Long.parseLong(plain.out().strip()) < either, plain.out());
  }

  @Test
  void queriesThatCanFindNothingAreErrors() throws Exception {
    for (String q : List.of("-雅尔塔", "NOT 雅尔塔", "，。！", "外蒙古~10")) {
      CliRun r = CliRun.run("search", "--index", index, "--", q);
      assertEquals(2, r.exit(), q);
      assertEquals(1, r.errLines(), q + ": " + r.err());
    }
  }

  @Test
  void fieldRestrictionsAndKinds() throws Exception {
    check("kind:footnote 紐約時報", u -> u.id().contains("#fn") && u.inText("纽约时报"));
    check("section:批准 條約", u -> u.headings().stream().anyMatch(h -> h.contains("批准")) && u.inText("条约"));
  }

  /** Whether some occurrence of a and b (either order) has at most n indexed units between them. */
  static boolean near(String text, String a, String b, int n) {
    List<int[]> as = occurrences(text, a);
    List<int[]> bs = occurrences(text, b);
    for (int[] x : as) {
      for (int[] y : bs) {
        int from = Math.min(x[1], y[1]);
        int to = Math.max(x[0], y[0]);
        int[] first = x[0] <= y[0] ? x : y;
        int[] second = first == x ? y : x;
        if (second[0] >= first[1] && units(text.substring(first[1], second[0])) <= n) {
          return true;
        }
        if (from > to) { // overlapping occurrences are within any window
          return true;
        }
      }
    }
    return false;
  }

  private static List<int[]> occurrences(String text, String w) {
    List<int[]> out = new ArrayList<>();
    for (int i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      out.add(new int[] {i, i + w.length()});
    }
    return out;
  }

  /** Han characters count one each, a run of other letters or digits one, a run of anything else one. */
  private static int units(String s) {
    int n = 0;
    int run = 0; // 0 none, 1 letters or digits, 2 punctuation or spaces
    for (int cp : s.codePoints().toArray()) {
      int kind = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN ? 3
          : Character.isLetterOrDigit(cp) ? 1 : 2;
      if (kind == 3 || kind != run) {
        n++;
      }
      run = kind;
    }
    return n;
  }
}
