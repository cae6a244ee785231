package org.treatysearch.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.testing.TestCorpus;

/**
 * The judged query set (src/test/resources/judged-queries.tsv) over all 27 test articles: every
 * judged passage must be in the top 10. Prints the MRR next to a grep-like baseline (every word a
 * literal substring of the passage text, hits in document order), as the issue asks.
 */
class JudgedQueriesTest {
  /** As the CLI searches by default: with the shipped table of variant names. */
  static final Filters WITH_ALIASES = Filters.NONE.withAliases(org.treatysearch.analysis.AliasTable.shipped()::group);

  record Judgement(String query, String article, String expected) {}

  /** A passage or footnote as grep would see it. */
  record Unit(String article, String text) {}

  @Test
  void everyJudgedPassageIsInTheTop10(@TempDir Path tmp) throws Exception {
    List<Judgement> judged = judgements();
    assertTrue(judged.size() >= 30, "at least 30 judged queries");
    List<Unit> units = units();
    double ours = 0;
    double grep = 0;
    List<String> misses = new ArrayList<>();
    System.out.printf("%-28s %6s %6s%n", "query", "ours", "grep");
    try (TreatySearcher searcher = TreatySearcher.open(TestCorpus.index(tmp, TestCorpus.SEEDS, TestCorpus.EXTRA))) {
      for (Judgement j : judged) {
        List<Hit> hits = searcher.search(j.query(), WITH_ALIASES, 0, 10).hits();
        int rank = 0;
        for (Hit h : hits) {
          if (h.article().equals(j.article()) && h.text().contains(j.expected())) {
            rank = h.rank();
            break;
          }
        }
        int baseline = grepRank(units, j);
        ours += rank == 0 ? 0 : 1.0 / rank;
        grep += baseline == 0 ? 0 : 1.0 / baseline;
        System.out.printf("%-28s %6s %6s%n", j.query(), rank == 0 ? "-" : rank, baseline == 0 ? "-" : baseline);
        if (rank == 0) {
          misses.add(j.query());
        }
      }
    }
    System.out.printf("MRR@10 over %d queries: treaty-search %.3f, grep-like baseline %.3f%n",
        judged.size(), ours / judged.size(), grep / judged.size());
    assertTrue(misses.isEmpty(), "not in the top 10: " + misses);
  }

  /**
   * Short appendix items ("WW2DB: 雅尔塔会议" under External links, a See-also line) won on BM25's
   * length norm alone; a body passage that contains the words must come first.
   */
  @Test
  void aBodyPassageOutranksAppendixItems() throws Exception {
    try (TreatySearcher searcher = TreatySearcher.open(org.treatysearch.testing.SharedIndex.index())) {
      for (String q : List.of("雅爾塔會議", "雅尔塔会议", "外蒙古独立")) {
        Hit top = searcher.search(q, Filters.NONE, 0, 1).hits().get(0);
        com.ibm.icu.text.Transliterator t2s = com.ibm.icu.text.Transliterator.getInstance("Traditional-Simplified");
        assertTrue(!top.appendix() && t2s.transliterate(top.text()).contains(t2s.transliterate(q)),
            q + ": " + top.id() + " " + top.text());
      }
      List<Hit> all = searcher.search("雅爾塔會議", Filters.NONE, 0, 100).hits();
      assertTrue(all.stream().anyMatch(Hit::appendix), "the corpus has appendix items for 雅爾塔會議");
      assertTrue(searcher.count("雅爾塔會議", new Filters(null, null, null, true)) < searcher.count("雅爾塔會議", Filters.NONE),
          "--no-appendix leaves them out");
    }
  }

  /** Rank (1..10) of the judged passage when every query word must be a literal substring; 0 if absent. */
  static int grepRank(List<Unit> units, Judgement j) {
    List<String> words = new ArrayList<>();
    for (String w : j.query().split("\\s+")) {
      w = w.replaceAll("^[a-z]+:", "").replace("\"", "");
      if (!w.isEmpty()) {
        words.add(w.toLowerCase(Locale.ROOT));
      }
    }
    int rank = 0;
    for (Unit u : units) {
      String text = u.text().toLowerCase(Locale.ROOT);
      if (words.stream().allMatch(text::contains)) {
        rank++;
        if (u.article().equals(j.article()) && u.text().contains(j.expected())) {
          return rank <= 10 ? rank : 0;
        }
      }
    }
    return 0;
  }

  static List<Unit> units() throws Exception {
    List<Unit> units = new ArrayList<>();
    for (Path dir : List.of(TestCorpus.SEEDS, TestCorpus.EXTRA)) {
      for (Path f : TestCorpus.articleFiles(dir)) {
        Article a = CorpusReader.read(f);
        a.passages().forEach(p -> units.add(new Unit(a.id(), p.text())));
        a.footnotes().forEach(n -> units.add(new Unit(a.id(), n.text())));
      }
    }
    units.sort((x, y) -> x.article().compareTo(y.article())); // stable: document order within an article
    return units;
  }

  static List<Judgement> judgements() throws IOException {
    try (Stream<String> lines = Files.lines(Path.of("src/test/resources/judged-queries.tsv"), StandardCharsets.UTF_8)) {
      return lines.filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(c -> new Judgement(c[0], c[1], c[2]))
          .toList();
    }
  }
}
