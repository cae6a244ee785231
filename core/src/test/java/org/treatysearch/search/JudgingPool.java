package org.treatysearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatysearch.testing.TestCorpus;

/**
 * Writes the judging pool of src/test/resources/judging (see its README): for each judged query,
 * its first-line passage and the top 10 of the engine and of JudgedQueriesTest's grep-like
 * baseline, as JSON lines. Usage: JudgingPool OUT_FILE (run from core/).
 */
public final class JudgingPool {
  private JudgingPool() {}

  public static void main(String[] args) throws Exception {
    Path tmp = Files.createTempDirectory("judging-pool");
    List<JudgedQueriesTest.Judgement> judged = JudgedQueriesTest.judgements();
    List<JudgedQueriesTest.Unit> units = JudgedQueriesTest.units();
    ObjectMapper json = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    try (TreatySearcher searcher = TreatySearcher.open(TestCorpus.index(tmp, TestCorpus.SEEDS, TestCorpus.EXTRA))) {
      for (JudgedQueriesTest.Judgement j : judged) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("query", j.query());
        row.put("seedArticle", j.must().article());
        row.put("seed", j.must().expected());
        List<Map<String, Object>> ours = new ArrayList<>();
        for (Hit h : searcher.search(j.query(), JudgedQueriesTest.WITH_ALIASES, 0, 10).hits()) {
          ours.add(Map.of("article", h.article(), "id", h.id(), "section", String.join(" > ", h.section()), "text", h.text()));
        }
        row.put("ours", ours);
        List<Map<String, Object>> grep = new ArrayList<>();
        for (JudgedQueriesTest.Unit u : JudgedQueriesTest.grepTop(units, j.query(), 10)) {
          grep.add(Map.of("article", u.article(), "text", u.text()));
        }
        row.put("grep", grep);
        out.append(json.writeValueAsString(row)).append('\n');
      }
    }
    Files.writeString(Path.of(args[0]), out.toString());
  }
}
