package org.treatysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.corpus.dates.ArticleDates;
import org.treatysearch.corpus.dates.DateMention;
import org.treatysearch.index.IndexFields;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

class DateQueriesTest {
  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void valuesAndRanges() throws Exception {
    assertEquals(List.of(day("1945-01-01"), day("1945-12-31")), List.of(box(DateQueries.range("1945"))));
    assertEquals(List.of(day("1945-08-01"), day("1945-08-31")), List.of(box(DateQueries.range("1945-08"))));
    assertEquals(List.of(day("1945-08-14"), day("1945-08-14")), List.of(box(DateQueries.range("1945-08-14"))));
    assertEquals(List.of(day("1945-01-01"), day("1946-12-31")), List.of(box(DateQueries.range("1945..1946"))));
    assertEquals(List.of(day("1945-08-01"), day("1945-10-31")), List.of(box(DateQueries.range("1945-08..1945-10"))));
    assertEquals(List.of(day("1944-02-01"), day("1944-02-29")), List.of(box(DateQueries.range("1944-2"))), "leap year");
    assertEquals(Long.MIN_VALUE, DateQueries.range("..1911")[0]);
    assertEquals(Long.MAX_VALUE, DateQueries.range("1949..")[1]);
  }

  private static Long[] box(long[] r) {
    return new Long[] {r[0], r[1]};
  }

  @Test
  void badValuesSayWhy() {
    String[][] bad = {
      {"", "no date"}, {"1945-13", "no such date"}, {"1945-02-30", "no such date"}, {"8月", "is not YYYY"},
      {"1946..1945", "ends before it starts"}, {"..", "at least one end"}, {"1945..1946..1947", "one '..'"},
      {"1945/08", "is not YYYY"},
    };
    for (String[] b : bad) {
      QuerySyntaxException e = assertThrows(QuerySyntaxException.class, () -> DateQueries.parse(b[0]), b[0]);
      assertTrue(e.getMessage().startsWith("date:" + b[0] + ": ") && e.getMessage().contains(b[1]), e.getMessage());
    }
  }

  /** Passage ids the query matches in the index of the 27 test articles. */
  private static Set<String> matching(Query q) throws Exception {
    try (FSDirectory dir = FSDirectory.open(SharedIndex.index()); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      Set<String> ids = new HashSet<>();
      for (ScoreDoc d : searcher.search(q, 100_000).scoreDocs) {
        ids.add(stored.document(d.doc).get(IndexFields.ID));
      }
      return ids;
    }
  }

  /** The passages of the two seeds whose extracted dates overlap [first, last] (the extractor, not the index). */
  private static Set<String> expected(long first, long last) throws Exception {
    Set<String> ids = new HashSet<>();
    for (String seed : new String[] {TestCorpus.TREATY_1945, TestCorpus.PACT_1937}) {
      Article a = CorpusReader.read(TestCorpus.SEEDS.resolve(seed + ".txt"));
      ArticleDates.of(a).forEach((id, dates) -> {
        for (DateMention d : dates) {
          if (d.firstDay() <= last && d.lastDay() >= first) {
            ids.add(id);
          }
        }
      });
    }
    return ids;
  }

  @Test
  void aPassageMatchesWhenOneOfItsDatesOverlaps() throws Exception {
    for (String value : new String[] {"1945", "1945-08", "1945-08-14", "1937..1938", "1945-08..1945-10"}) {
      long[] r = DateQueries.range(value);
      Set<String> seeds = new HashSet<>();
      for (String id : matching(DateQueries.parse(value))) {
        if (id.startsWith(TestCorpus.TREATY_1945) || id.startsWith(TestCorpus.PACT_1937)) {
          seeds.add(id);
        }
      }
      Set<String> want = expected(r[0], r[1]);
      assertTrue(!want.isEmpty(), value);
      assertEquals(want, seeds, value);
    }
    // the seed's lead says 1945年8月14日 in so many words (plain text, no extractor)
    assertTrue(matching(DateQueries.parse("1945-08-14")).contains(TestCorpus.TREATY_1945 + "#1"));
    assertTrue(!matching(DateQueries.parse("1945-08-13")).contains(TestCorpus.TREATY_1945 + "#1"));
    // 光緒二十二年 (华俄道胜银行#2) covers the lunar year, which runs into January 1897
    assertTrue(matching(DateQueries.parse("1897-01")).contains("华俄道胜银行#2"));
    assertTrue(!matching(DateQueries.parse("1897-03")).contains("华俄道胜银行#2"));
  }

  @Test
  void storedDatesComeBackWithTheHit() throws Exception {
    try (TreatySearcher searcher = TreatySearcher.open(SharedIndex.index())) {
      List<Hit> hits = new java.util.ArrayList<>();
      searcher.export("璦琿", Filters.NONE, false, hits::add);
      Hit lead = hits.stream().filter(h -> h.id().equals("璦琿條約#1")).findFirst().orElseThrow();
      assertTrue(lead.dates().stream().anyMatch(d -> d.date().equals("1858-05-28") && d.expression().equals("咸丰八年四月十六日")),
          lead.dates().toString());
      for (DateMention d : lead.dates()) {
        int from = lead.text().offsetByCodePoints(0, d.start());
        assertEquals(d.expression(), lead.text().substring(from, lead.text().offsetByCodePoints(from, d.end() - d.start())));
      }
    }
  }
}
