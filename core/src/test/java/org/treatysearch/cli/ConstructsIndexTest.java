package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.output.ArticleJsonPrinter;

/**
 * The construct fixtures through a real index: the stored model gives back what ingestion made
 * (variants, heading links, appendix flags, table rows), and the searches the issue names work.
 */
class ConstructsIndexTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir static Path tmp;
  static Path corpus;
  static String index;

  @BeforeAll
  static void build() throws URISyntaxException {
    corpus = Path.of(ConstructsIndexTest.class.getResource("/articles/constructs").toURI());
    index = tmp.resolve("idx").toString();
    CliRun run = CliRun.run("index", "--corpus", corpus.toString(), "--index", index);
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void showJsonIsTheParsedArticle() throws Exception {
    for (String id : List.of("马关条约", "中俄条约表")) {
      CliRun show = CliRun.run("show", "--index", index, "--format", "json", id);
      assertEquals(0, show.exit(), show.err());
      StringWriter parsed = new StringWriter();
      new ArticleJsonPrinter(parsed).article(CorpusReader.read(corpus.resolve(id + ".md")));
      assertEquals(MAPPER.readTree(parsed.toString()), MAPPER.readTree(show.out()), id);
    }
    JsonNode a = MAPPER.readTree(CliRun.run("show", "--index", index, "--format", "json", "中俄条约表").out());
    assertEquals("[{\"zh-cn\":\"黑龙江\",\"zh-tw\":\"黑龍江\"},{\"zh-hans\":\"签订\",\"zh-hant\":\"簽訂\"}]",
        a.get("variants").toString());
    JsonNode heading = a.get("sections").get(1);
    assertEquals("璦琿條約", heading.get("links").get(0).get("target").asText());
    assertEquals(0, heading.get("links").get(0).get("start").asInt());
    assertEquals(4, heading.get("links").get(0).get("end").asInt());
    JsonNode last = a.get("sections").get(4).get("passages").get(0);
    assertEquals("参考资料", a.get("sections").get(4).get("path").get(0).asText());
    assertTrue(last.get("appendix").asBoolean());
    assertEquals(false, a.get("sections").get(0).get("passages").get(0).get("appendix").asBoolean());
  }

  private static List<String> ids(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("export", "--index", index, "--format", "jsonl"));
    all.addAll(List.of(args));
    CliRun run = CliRun.run(all.toArray(String[]::new));
    List<String> ids = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      if (!line.isBlank()) {
        ids.add(MAPPER.readTree(line).get("id").asText());
      }
    }
    return ids;
  }

  @Test
  void headingLinksFindTheSectionsPassagesAndTableRowsAreAKind() throws Exception {
    // 璦琿條約 is linked from the heading of section 瑷珲条约的签订 (#2 is its only passage) and from
    // table row #5; not from #3, #4 or #6
    assertEquals(List.of("中俄条约表#2", "中俄条约表#5"), ids("link:璦琿條約").stream().sorted().toList());
    assertEquals(List.of("中俄条约表#3", "中俄条约表#4", "中俄条约表#5", "中俄条约表#6"),
        ids("--kind", "table-row", "kind:table-row").stream().sorted().toList());
    assertEquals(List.of("中俄条约表#4"), ids("kind:table-row 尼布楚"));
    assertEquals(List.of("马关条约#4"), ids("\"代表為爲大清帝國\""));
  }
}
