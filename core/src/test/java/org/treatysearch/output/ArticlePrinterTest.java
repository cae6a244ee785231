package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticlePrinterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void showJsonIsTheArticleAsParsed() throws Exception {
    StringWriter out = new StringWriter();
    new ArticleJsonPrinter(out).article(Fixtures.article());
    JsonNode a = MAPPER.readTree(out.toString());
    assertEquals(List.of("id", "title", "source", "categories", "sections", "footnotes", "variants"), keys(a));
    assertEquals(List.of("path", "links", "passages"), keys(a.get("sections").get(0)));
    assertEquals(3, a.get("sections").size());
    assertEquals("[]", a.get("sections").get(0).get("path").toString());
    assertEquals("[\"背景\",\"條文\"]", a.get("sections").get(2).get("path").toString());
    JsonNode passage = a.get("sections").get(0).get("passages").get(0);
    assertEquals(List.of("id", "kind", "text", "refs", "links", "appendix", "dates"), keys(passage));
    assertFalse(passage.get("appendix").asBoolean());
    assertEquals(List.of("id", "n", "text", "links", "dates"), keys(a.get("footnotes").get(0)));
    assertEquals("獨立", a.get("sections").get(1).get("passages").get(0).get("links").get(0).get("anchor").asText());
  }

  @Test
  void onePassageAndOneFootnote() throws Exception {
    StringWriter out = new StringWriter();
    ArticleJsonPrinter printer = new ArticleJsonPrinter(out);
    printer.passage(Fixtures.article(), Fixtures.article().sections().get(2).passages().get(0));
    JsonNode p = MAPPER.readTree(out.toString());
    assertEquals(List.of("id", "kind", "section", "text", "refs", "links", "appendix", "dates", "url"), keys(p));
    out.getBuffer().setLength(0);
    printer.footnote(Fixtures.article(), Fixtures.article().footnotes().get(1));
    JsonNode f = MAPPER.readTree(out.toString());
    assertEquals("000_a#fn2", f.get("id").asText());
    assertEquals(2, f.get("n").asInt());
  }

  @Test
  void statsCountsPerArticleAndTotals() throws Exception {
    StringWriter out = new StringWriter();
    new StatsPrinter(out).json(List.of(Fixtures.article(), Fixtures.secondArticle()));
    JsonNode s = MAPPER.readTree(out.toString());
    JsonNode a = s.get("articles").get(0);
    assertEquals(List.of("id", "title", "sections", "passages", "footnotes", "footnotesWithText", "links", "categories"),
        keys(a));
    assertEquals(3, a.get("sections").asInt());
    assertEquals(3, a.get("passages").asInt());
    assertEquals(2, a.get("footnotes").asInt());
    assertEquals(1, a.get("footnotesWithText").asInt());
    assertEquals("{\"internal\":2,\"external\":1}", a.get("links").toString(), "links in footnotes count too");
    assertEquals(2, a.get("categories").asInt());
    JsonNode t = s.get("totals");
    assertEquals(2, t.get("articles").asInt());
    assertEquals(4, t.get("sections").asInt());
    assertEquals(4, t.get("passages").asInt());
    assertEquals(2, t.get("categories").asInt(), "distinct categories: 中蘇關係 is shared");
  }

  @Test
  void textFormsAreReadable() throws Exception {
    StringWriter out = new StringWriter();
    new ArticleTextPrinter(out).article(Fixtures.article());
    String s = out.toString();
    assertTrue(s.startsWith("中蘇友好同盟條約\nhttps://zh.wikipedia.org/wiki/中蘇友好同盟條約\n"), s);
    assertTrue(s.contains("\n### 條文\n\n[000_a#3] quote: 第一條 [1][2]\n"), s);
    out.getBuffer().setLength(0);
    new StatsPrinter(out).text(List.of(Fixtures.article(), Fixtures.secondArticle()));
    List<String> lines = out.toString().lines().toList();
    assertEquals(4, lines.size());
    assertTrue(lines.get(3).startsWith("total"));
  }
}
