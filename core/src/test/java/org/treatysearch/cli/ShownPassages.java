package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;

/**
 * Every passage and footnote of an index as {@code show --format json} prints it (in document
 * order: passages, then footnotes with text), for tests that count occurrences on their own.
 */
final class ShownPassages {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One passage or footnote with its article, kind and section path. */
  record Shown(String article, String title, String id, String kind, List<String> section, String text) {}

  private ShownPassages() {}

  static List<Shown> all(String index) throws Exception {
    CliRun stats = CliRun.run("stats", "--index", index, "--format", "json");
    assertEquals(0, stats.exit(), stats.err());
    List<Shown> out = new ArrayList<>();
    for (JsonNode a : JSON.readTree(stats.out()).get("articles")) {
      out.addAll(article(index, a.get("id").asText()));
    }
    return out;
  }

  static List<Shown> article(String index, String id) throws Exception {
    CliRun show = CliRun.run("show", "--index", index, "--format", "json", id);
    assertEquals(0, show.exit(), show.err());
    JsonNode a = JSON.readTree(show.out());
    List<Shown> out = new ArrayList<>();
    for (JsonNode s : a.get("sections")) {
      List<String> path = new ArrayList<>();
      s.get("path").forEach(h -> path.add(h.asText()));
      for (JsonNode p : s.get("passages")) {
        out.add(new Shown(id, a.get("title").asText(), p.get("id").asText(), p.get("kind").asText(), path, p.get("text").asText()));
      }
    }
    for (JsonNode f : a.get("footnotes")) {
      if (!f.get("text").asText().isEmpty()) {
        out.add(new Shown(id, a.get("title").asText(), f.get("id").asText(), "footnote", List.of(), f.get("text").asText()));
      }
    }
    return out;
  }

  /** Code point offsets of every occurrence of {@code word} in {@code text}, Traditional and Simplified alike. */
  static List<Integer> occurrences(String text, String word) {
    String t = fold(text);
    String w = fold(word);
    List<Integer> at = new ArrayList<>();
    for (int i = t.indexOf(w); i >= 0; i = t.indexOf(w, i + w.length())) {
      at.add(t.codePointCount(0, i));
    }
    return at;
  }

  private static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");

  /** ICU's Traditional→Simplified, one character at a time (so lengths stay), and lowercase. */
  static String fold(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      String one = new String(Character.toChars(cp));
      String simplified = T2S.transliterate(one);
      sb.append(simplified.codePointCount(0, simplified.length()) == 1 ? simplified : one);
    });
    return sb.toString().toLowerCase(java.util.Locale.ROOT);
  }

  static String cps(String s, int from, int to) {
    int[] c = s.codePoints().toArray();
    return new String(c, from, to - from);
  }

  static int length(String s) {
    return s.codePointCount(0, s.length());
  }
}
