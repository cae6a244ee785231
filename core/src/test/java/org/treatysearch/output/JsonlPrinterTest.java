package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlPrinterTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  @Test
  void oneObjectPerLineWithTheKeysOfTheSpecInOrder() throws Exception {
    StringWriter out = new StringWriter();
    JsonlPrinter printer = new JsonlPrinter(out);
    printer.hit(Fixtures.yalta(), null);
    printer.hit(Fixtures.awkward(), null);
    printer.finish();

    String[] lines = out.toString().split("\n", -1);
    assertEquals(3, lines.length, "two lines, each ended by a newline");
    assertEquals("", lines[2]);
    JsonNode hit = MAPPER.readTree(lines[0]);
    assertEquals(List.of("id", "article", "title", "section", "kind", "rank", "score", "text", "highlights", "refs",
        "footnotes", "links", "source", "appendix", "dates"), keys(hit));
    assertEquals("000_a#3", hit.get("id").asText());
    assertEquals("[\"背景\",\"雅爾塔\"]", hit.get("section").toString());
    assertEquals(1, hit.get("rank").asInt());
    assertEquals(12.5, hit.get("score").asDouble());
    assertEquals("[[2,7]]", hit.get("highlights").toString());
    assertEquals("[1,2]", hit.get("refs").toString());
    assertEquals("[{\"n\":1,\"text\":\"紐約時報, 1945\"},{\"n\":2,\"text\":\"\"}]", hit.get("footnotes").toString());
    JsonNode link = hit.get("links").get(0);
    assertEquals(List.of("target", "text", "internal", "start", "end"), keys(link), "no anchor key when there is none");
    assertEquals(List.of("target", "anchor", "text", "internal", "start", "end"), keys(hit.get("links").get(1)));
    assertFalse(out.toString().contains("\\u"), "CJK written as UTF-8, not escaped");

    JsonNode awkward = MAPPER.readTree(lines[1]);
    assertEquals(Fixtures.awkward().text(), awkward.get("text").asText());
  }

  @Test
  void batchPutsTheQueryFirst() throws Exception {
    StringWriter out = new StringWriter();
    new JsonlPrinter(out).hit(Fixtures.yalta(), "雅尔塔 会议");
    JsonNode hit = MAPPER.readTree(out.toString());
    assertEquals("query", keys(hit).get(0));
    assertEquals("雅尔塔 会议", hit.get("query").asText());
  }
}
