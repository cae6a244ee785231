package org.treatysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.index.IndexFault;
import org.treatysearch.testing.TestCorpus;

/** Issue 3's acceptance checks on a real index of the two shipped articles. */
class SearchTest {
  @TempDir static Path tmp;
  static TreatySearcher searcher;

  @BeforeAll
  static void build() throws Exception {
    searcher = TreatySearcher.open(TestCorpus.index(tmp, TestCorpus.SEEDS));
  }

  @AfterAll
  static void close() throws Exception {
    searcher.close();
  }

  static List<Hit> all(String query) throws Exception {
    return searcher.search(query, Filters.NONE, 0, 1000).hits();
  }

  static String marked(Hit h) {
    return h.highlights().stream()
        .map(s -> h.text().substring(h.text().offsetByCodePoints(0, s.start()), h.text().offsetByCodePoints(0, s.end())))
        .toList().toString();
  }

  @Test
  void simplifiedQueryFindsTraditionalTextAndHighlightsExactlyIt() throws Exception {
    List<Hit> hits = all("雅尔塔会议");
    Hit h = hits.stream().filter(x -> x.text().contains("雅爾塔會議中")).findFirst().orElseThrow();
    Hit.Span span = h.highlights().stream()
        .filter(s -> "雅爾塔會議".equals(h.text().substring(s.start(), s.end()))).findFirst().orElseThrow();
    assertEquals(5, span.end() - span.start());
    int at = h.text().codePointCount(0, h.text().indexOf("雅爾塔會議"));
    assertEquals(new Hit.Span(at, at + 5), span);
  }

  @Test
  void bothSpellingsOfANameMatch() throws Exception {
    List<Hit> hits = all("鲍格莫洛夫");
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("鮑格莫洛夫向蔣通報")), "traditional 鮑");
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("鲍格莫洛夫返任")), "simplified 鲍");
    for (Hit h : hits) {
      assertTrue(marked(h).contains("鮑格莫洛夫") || marked(h).contains("鲍格莫洛夫"), marked(h));
    }
  }

  @Test
  void aWordMatchesInsideALongerRunWhateverTheSegmentation() throws Exception {
    // smartcn cuts 外蒙古獨立 differently; the grams field still finds 外蒙古 inside it
    List<Hit> hits = all("外蒙古");
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("外蒙古獨立") || h.text().contains("外蒙古独立")));
    assertTrue(all("外蒙古獨立").size() >= 1);
  }

  @Test
  void sectionPrefixFindsPassagesUnderThatHeading() throws Exception {
    List<Hit> hits = all("section:批准");
    assertFalse(hits.isEmpty());
    hits.forEach(h -> assertTrue(h.section().contains("批准"), h.id()));
    assertTrue(hits.stream().anyMatch(h -> h.text().contains("以95人贊成")));
  }

  @Test
  void linkPrefixFindsPassagesLinkingToThatTarget() throws Exception {
    List<Hit> hits = all("link:外蒙古");
    assertFalse(hits.isEmpty());
    for (Hit h : hits) {
      assertTrue(h.links().stream().map(WikiLink::target).anyMatch("外蒙古"::equals), h.id());
    }
    // a target spelled in the other script matches too
    assertFalse(all("link:孔祥熙").isEmpty());
  }

  @Test
  void kindFootnoteRestrictsToFootnotes() throws Exception {
    List<Hit> hits = all("kind:footnote 紐約時報");
    assertEquals(1, hits.size());
    assertEquals("footnote", hits.get(0).kind());
    assertTrue(hits.get(0).text().contains("紐約時報"));
    assertEquals(hits.size(), all("kind:footnote 纽约时报").size());
  }

  @Test
  void exclusionDropsPassagesWithTheWord() throws Exception {
    List<Hit> with = all("中蘇");
    List<Hit> without = all("中蘇 -雅爾塔");
    assertTrue(without.size() < with.size());
    for (Hit h : without) {
      assertFalse(h.text().contains("雅爾塔") || h.text().contains("雅尔塔"), h.id());
    }
  }

  @Test
  void orAndParenthesesAndPhrases() throws Exception {
    long a = searcher.count("千島群島", Filters.NONE);
    long b = searcher.count("控蘇案", Filters.NONE);
    assertEquals(a + b, searcher.count("(千島群島 OR 控蘇案)", Filters.NONE)); // no passage has both
    assertTrue(searcher.count("\"外蒙古 公民投票\"", Filters.NONE) <= searcher.count("外蒙古 公民投票", Filters.NONE));
  }

  @Test
  void latinMatchesCaseInsensitively() throws Exception {
    assertEquals(searcher.count("China Handbook", Filters.NONE), searcher.count("china HANDBOOK", Filters.NONE));
    assertTrue(searcher.count("china handbook", Filters.NONE) > 0);
  }

  @Test
  void aWordInTheTitleAloneMakesNoHit() throws Exception {
    // 互不侵犯 is in the 1937 pact's title (6 passages and one footnote with text, counted in the
    // file), but only the lead passage contains the word itself: SPEC §3, a title never makes a hit
    List<Hit> hits = all("互不侵犯");
    assertEquals(1, hits.size());
    assertEquals(TestCorpus.PACT_1937, hits.get(0).article());
    assertTrue(hits.get(0).text().contains("互不侵犯"));
    // but it completes one: 互不侵犯 from the title, 蘇聯 from the text
    assertTrue(all("互不侵犯 蘇聯").size() > 1);
  }

  @Test
  void hitsCarryFootnotesAndLinks() throws Exception {
    Hit h = all("鮑格莫洛夫 莫斯科 軍事貸款").get(0);
    assertEquals(List.of(3, 4), h.refs());
    assertEquals(2, h.footnotes().size());
    assertEquals(3, h.footnotes().get(0).n());
    Hit lead = all("外蒙古 公民投票").stream().filter(x -> x.text().contains("97%")).findFirst().orElseThrow();
    assertEquals(List.of(1, 2), lead.refs());
    assertTrue(lead.footnotes().get(0).text().startsWith("1952年10月13日"));
    WikiLink l = lead.links().stream().filter(x -> x.target().equals("日本投降")).findFirst().orElseThrow();
    assertEquals("日本投降", lead.text().substring(lead.text().offsetByCodePoints(0, l.start()), lead.text().offsetByCodePoints(0, l.end())));
  }

  @Test
  void filtersAndPaging() throws Exception {
    long total = searcher.count("蘇聯", Filters.NONE);
    Results first = searcher.search("蘇聯", Filters.NONE, 0, 5);
    Results second = searcher.search("蘇聯", Filters.NONE, 5, 5);
    assertEquals(total, first.total());
    for (int i = 0; i < first.hits().size(); i++) {
      assertTrue(first.hits().get(i).score() > 0, "ranked hits carry their BM25 score");
      assertTrue(i == 0 || first.hits().get(i).score() <= first.hits().get(i - 1).score(), "best first");
    }
    assertEquals(6, second.hits().get(0).rank());
    assertFalse(first.hits().stream().anyMatch(h -> second.hits().stream().anyMatch(x -> x.id().equals(h.id()))));
    Filters only1937 = new Filters(TestCorpus.PACT_1937, null, null);
    searcher.search("蘇聯", only1937, 0, 100).hits().forEach(h -> assertEquals(TestCorpus.PACT_1937, h.article()));
    Filters quotes = new Filters(null, null, "quote");
    searcher.search("外蒙", quotes, 0, 100).hits().forEach(h -> assertEquals("quote", h.kind()));
  }

  @Test
  void exportIsDocumentOrderAndCountsLikeCount() throws Exception {
    List<Hit> hits = new ArrayList<>();
    long n = searcher.export("蘇聯", Filters.NONE, hits::add);
    assertEquals(searcher.count("蘇聯", Filters.NONE), n);
    assertEquals(n, hits.size());
    for (int i = 1; i < hits.size(); i++) {
      Hit a = hits.get(i - 1);
      Hit b = hits.get(i);
      int cmp = a.article().compareTo(b.article());
      assertTrue(cmp < 0 || (cmp == 0 && order(a) < order(b)), a.id() + " before " + b.id());
      assertEquals(i + 1, b.rank());
    }
  }

  static int order(Hit h) {
    String n = h.id().substring(h.id().indexOf('#') + 1);
    return n.startsWith("fn") ? 1_000_000 + Integer.parseInt(n.substring(2)) : Integer.parseInt(n);
  }

  @Test
  void rankingDoesNotDependOnHowIndexingThreadsInterleaved(@TempDir Path other) throws Exception {
    // equal scores are common (title-only matches); ties go by document order, not doc id
    try (TreatySearcher again = TreatySearcher.open(TestCorpus.index(other, TestCorpus.SEEDS))) {
      for (String q : List.of("互不侵犯", "中蘇", "蘇聯 條約", "外蒙古")) {
        assertEquals(ids(searcher.search(q, Filters.NONE, 0, 50)), ids(again.search(q, Filters.NONE, 0, 50)), q);
      }
    }
  }

  static List<String> ids(Results r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  void articlesReadBackFromTheIndexEqualTheParsedArticles() throws Exception {
    List<Article> stored = searcher.articles().articles();
    assertEquals(2, stored.size());
    for (Path file : TestCorpus.articleFiles(TestCorpus.SEEDS)) {
      Article parsed = CorpusReader.read(file);
      assertEquals(parsed, searcher.articles().article(parsed.id()).orElseThrow());
      assertTrue(stored.contains(parsed));
    }
    assertTrue(searcher.articles().article("no-such-article").isEmpty());
  }

  @Test
  void badQueriesSayWhatIsWrongInOneLine() {
    for (String q : List.of("\"外蒙古", "(外蒙古", "外蒙古)", "foo:bar", "kind:chapter", "", "AND", "/a.*/")) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> searcher.search(q, Filters.NONE, 0, 10), q);
      assertFalse(e.getMessage().contains("\n"), e.getMessage());
      System.out.println(e.getMessage());
    }
  }

  /** The facts only: the command that builds an index is the CLI's to name (DamagedIndexTest pins its line). */
  @Test
  void missingIndexNamesTheDirectory(@TempDir Path empty) {
    IndexUnavailableException e = assertThrows(IndexUnavailableException.class, () -> TreatySearcher.open(empty.resolve("nope")));
    assertEquals(IndexFault.missing(empty.resolve("nope")), e.fault());
    assertEquals("no index at " + empty.resolve("nope"), e.getMessage());
    e = assertThrows(IndexUnavailableException.class, () -> TreatySearcher.open(empty));
    assertEquals(IndexFault.missing(empty), e.fault());
  }
}
