package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 14: {@code show} takes several ids and prints a passage with what citing it needs;
 * {@code cite} prints citations as text, CSL-JSON (checked against the CSL schema) and BibTeX.
 * Expected titles, headings and URLs are read off the article files (their first line, their
 * {@code ##} headings), never off the program.
 */
class ShowAndCiteTest {
  static final String TREATY = TestCorpus.TREATY_1945;
  /** seeds/000_…txt line 1 names the page; line 61 is "## 批准". */
  static final String TREATY_URL = "https://zh.wikipedia.org/wiki/中蘇友好同盟條約";
  static final String RATIFIED_URL = TREATY_URL + "#批准";
  /**
   * extra/中苏边界冲突.md has no source line, so its URL is wiki/ + its bold title; its third
   * "### 事件经过" (line 46, under "## 八岔岛事件") is anchored 事件经过_3, as MediaWiki numbers repeats.
   */
  static final String CLASH_THIRD_URL = "https://zh.wikipedia.org/wiki/中苏边界冲突#事件经过_3";

  static CliRun cli(String... args) {
    List<String> all = new ArrayList<>(List.of(args));
    all.add(1, "--index=" + SharedIndex.index());
    return CliRun.run(all.toArray(String[]::new));
  }

  /** The one passage that contains {@code words} in that article. */
  static String passage(String article, String words) {
    CliRun ids = cli("search", "-l", "--article", article, "\"" + words + "\"");
    assertEquals(0, ids.exit(), ids.err());
    List<String> found = ids.out().lines().toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  static JsonNode json(String text) throws Exception {
    return ExportTest.JSON.readTree(text);
  }

  @Test
  void showPrintsSeveralPassagesWithTitleSectionFootnotesAndAnchoredUrl() throws Exception {
    String ratified = passage(TREATY, "孫科主持");
    String clash = passage("中苏边界冲突", "八岔岛进行航标作业");
    String lead = TREATY + "#1";
    CliRun run = cli("show", ratified, clash, lead);
    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    List<String> items = List.of(run.out().split("\n\n"));
    assertEquals(3, items.size(), "a blank line between items: " + run.out());

    List<String> first = items.get(0).lines().toList();
    assertEquals("中蘇友好同盟條約 › 批准", first.get(0));
    assertTrue(first.get(1).startsWith(ratified + "  paragraph"), first.get(1));
    assertTrue(first.get(2).contains("孫科主持"), first.get(2));
    assertEquals(RATIFIED_URL, first.get(first.size() - 1));

    List<String> second = items.get(1).lines().toList();
    assertEquals("中苏边界冲突 › 八岔岛事件 › 事件经过", second.get(0));
    assertEquals(CLASH_THIRD_URL, second.get(second.size() - 1));

    // the lead passage cites footnotes 1 and 2 (\[1\]\[2\] in the file's first paragraph): both have text
    JsonNode article = json(cli("show", "--format", "json", TREATY).out());
    List<String> third = items.get(2).lines().toList();
    assertEquals("中蘇友好同盟條約", third.get(0), "the lead has no section");
    assertTrue(third.get(2).endsWith("[1][2]"), third.get(2));
    assertEquals("[1] " + article.get("footnotes").get(0).get("text").asText(), third.get(3));
    assertEquals("[2] " + article.get("footnotes").get(1).get("text").asText(), third.get(4));
    assertEquals(TREATY_URL, third.get(5), "no anchor for the lead");
    assertEquals(6, third.size());
  }

  @Test
  void showJsonCarriesTheUrl() throws Exception {
    String ratified = passage(TREATY, "孫科主持");
    CliRun run = cli("show", "--format", "json", ratified, TREATY + "#fn3");
    assertEquals(0, run.exit(), run.err());
    List<JsonNode> values = new ArrayList<>();
    ExportTest.JSON.readerFor(JsonNode.class).readValues(run.out()).forEachRemaining(v -> values.add((JsonNode) v));
    assertEquals(2, values.size());
    assertEquals(RATIFIED_URL, values.get(0).get("url").asText());
    assertEquals("[\"批准\"]", values.get(0).get("section").toString());
    assertEquals(TREATY_URL, values.get(1).get("url").asText(), "a footnote: the article's page");
  }

  @Test
  void anUnknownIdAmongSeveralIsNamedTheOthersStillPrintAndExit1() {
    CliRun run = cli("show", TREATY + "#1", "nosuch", TREATY + "#9999", TREATY + "#2");
    assertEquals(1, run.exit());
    assertEquals(List.of("treaty: no article 'nosuch' (see 'treaty stats' for the list)",
        "treaty: no passage 9999 in " + TREATY + " (it has " + passages() + ")"), run.err().lines().toList());
    assertEquals(2, run.out().split("\n\n").length, run.out());
    assertTrue(run.out().contains(TREATY + "#1  ") && run.out().contains(TREATY + "#2  "), run.out());

    CliRun none = cli("show", "nosuch");
    assertEquals(1, none.exit());
    assertEquals("", none.out());
    CliRun malformed = cli("show", TREATY + "#1", "abc#x");
    assertEquals(2, malformed.exit(), "a malformed id is a usage error, before anything is printed");
    assertEquals("", malformed.out());
  }

  /** How many passages the article has, counted in its json. */
  private static long passages() {
    try {
      JsonNode a = json(cli("show", "--format", "json", TREATY).out());
      long n = 0;
      for (JsonNode s : a.get("sections")) {
        n += s.get("passages").size();
      }
      return n;
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void citeTextIsOneLinePerItem() {
    String ratified = passage(TREATY, "孫科主持");
    CliRun run = cli("cite", ratified, TREATY, TREATY + "#fn3");
    assertEquals(0, run.exit(), run.err());
    assertEquals(List.of(
        "中蘇友好同盟條約 › 批准. Wikipedia. " + RATIFIED_URL,
        "中蘇友好同盟條約. Wikipedia. " + TREATY_URL,
        "中蘇友好同盟條約 › footnote 3. Wikipedia. " + TREATY_URL), run.out().lines().toList());
  }

  @Test
  void citeCslJsonIsValidCslData() throws Exception {
    String ratified = passage(TREATY, "孫科主持");
    String clash = passage("中苏边界冲突", "八岔岛进行航标作业");
    CliRun run = cli("cite", "--format", "csl-json", ratified, clash, TREATY + "#fn3", TREATY);
    assertEquals(0, run.exit(), run.err());
    JsonNode items = json(run.out());
    assertEquals(List.of(), cslErrors(items));
    assertEquals(4, items.size());
    JsonNode first = items.get(0);
    assertEquals(ratified, first.get("id").asText());
    assertEquals("entry-encyclopedia", first.get("type").asText());
    assertEquals("中蘇友好同盟條約", first.get("title").asText());
    assertEquals("批准", first.get("section").asText());
    assertEquals("Wikipedia", first.get("container-title").asText());
    assertEquals(RATIFIED_URL, first.get("URL").asText());
    assertEquals("zh", first.get("language").asText());
    assertEquals(false, first.has("accessed"), "no corpus file records the day it was taken");
    assertEquals(CLASH_THIRD_URL, items.get(1).get("URL").asText());
    assertEquals("八岔岛事件 › 事件经过", items.get(1).get("section").asText());

    CliRun nothing = cli("cite", "--format", "csl-json", "nosuch");
    assertEquals(1, nothing.exit());
    assertEquals(List.of(), cslErrors(json(nothing.out())));
    assertEquals(0, json(nothing.out()).size(), "still an array");
  }

  /** The CSL schema's complaints about {@code items}; it also rejects keys it does not know. */
  static List<String> cslErrors(JsonNode items) throws Exception {
    try (InputStream schema = ShowAndCiteTest.class.getResourceAsStream("/csl/csl-data.json")) {
      Schema csl = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema);
      return csl.validate(items).stream().map(Error::toString).toList();
    }
  }

  @Test
  void theSchemaCheckBites() throws Exception {
    assertEquals(1, cslErrors(json("[{\"id\": \"x\", \"type\": \"entry-encyclopedia\", \"url\": \"lower-case\"}]")).size());
    assertEquals(1, cslErrors(json("[{\"id\": \"x\", \"type\": \"wiki-page\"}]")).size());
  }

  static final Pattern ENTRY = Pattern.compile("@misc\\{([^,\\s]+),\\n((?:  [a-z]+ = \\{.*\\},\\n)+)\\}\\n");
  static final Pattern FIELD = Pattern.compile("  ([a-z]+) = \\{(.*)\\},\\n");

  @Test
  void citeBibtexIsOneMiscEntryPerItem() {
    String ratified = passage(TREATY, "孫科主持");
    CliRun run = cli("cite", "--format", "bibtex", ratified, "中苏边界冲突");
    assertEquals(0, run.exit(), run.err());
    Matcher m = ENTRY.matcher(run.out());
    List<String> keys = new ArrayList<>();
    List<java.util.Map<String, String>> entries = new ArrayList<>();
    int end = 0;
    while (m.find()) {
      assertEquals(end, m.start(), "nothing between entries but a blank line: " + run.out());
      keys.add(m.group(1));
      java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
      Matcher f = FIELD.matcher(m.group(2));
      while (f.find()) {
        fields.put(f.group(1), f.group(2));
      }
      entries.add(fields);
      end = m.end() + 1;
    }
    assertEquals(2, entries.size(), run.out());
    assertEquals(List.of(ratified.replace('#', '-'), "中苏边界冲突"), keys, "keys without #");
    assertEquals("中蘇友好同盟條約", entries.get(0).get("title"));
    assertEquals("批准", entries.get(0).get("note"));
    assertEquals(RATIFIED_URL, entries.get(0).get("url"));
    assertEquals("Wikipedia", entries.get(0).get("howpublished"));
    assertEquals("https://zh.wikipedia.org/wiki/中苏边界冲突", entries.get(1).get("url"));
    assertEquals(null, entries.get(1).get("note"), "a whole article has no section");
  }

  @Test
  void citeFormatsAreChecked() {
    CliRun bad = cli("cite", "--format", "ris", TREATY);
    assertEquals(2, bad.exit());
    assertEquals("treaty: Invalid value for option '--format': expected one of [text, csl-json, bibtex] but was 'ris'"
        + " (try 'treaty cite --help')\n", bad.err());
  }
}
