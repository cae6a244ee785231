package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.treatysearch.corpus.Article;
import org.treatysearch.search.Filters;
import org.treatysearch.search.TreatySearcher;

/**
 * What a search sees in an index, compact enough to compare: the article ids, the number of hits
 * for a few queries and the ids of every hit of one, in document order. Two indexes of one corpus have equal states; a
 * mix of two corpora equals neither.
 */
record IndexState(Set<String> articles, List<Long> counts, List<String> hits) {
  static final List<String> QUERIES = List.of("外蒙古", "条约", "蘇聯 OR 苏联", "\"中苏友好同盟条约\"", "kind:footnote", "title:条约");

  static IndexState of(Path index) throws Exception {
    try (TreatySearcher s = TreatySearcher.open(index)) {
      Set<String> ids = new TreeSet<>();
      for (Article a : s.articles().articles()) {
        ids.add(a.id());
      }
      List<Long> counts = new java.util.ArrayList<>();
      for (String q : QUERIES) {
        counts.add(s.count(q, Filters.NONE));
      }
      // every hit in document order: independent of how threads split the documents into segments
      List<String> all = new java.util.ArrayList<>();
      s.export("外蒙古 独立", Filters.NONE, hit -> all.add(hit.id()));
      return new IndexState(ids, counts, all);
    }
  }

  /** Lucene's CheckIndex on the latest commit: every checksum, every segment decoded. */
  static void assertClean(Path index) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    try (Directory dir = FSDirectory.open(index); CheckIndex checker = new CheckIndex(dir)) {
      checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = checker.checkIndex();
      assertTrue(status.clean, () -> "CheckIndex found problems in " + index + ":\n" + log.toString(StandardCharsets.UTF_8));
    }
  }

  /** Whether a segment file ({@code _0.fdt}...) is in {@code dir}: a writer holds the lock and is adding documents. */
  static boolean hasSegmentFile(Path dir) throws IOException {
    if (!java.nio.file.Files.isDirectory(dir)) {
      return false;
    }
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("_"));
    }
  }

  @Override
  public String toString() {
    return articles.size() + " articles, counts " + counts + ", " + hits.size() + " hits " + hits.subList(0, Math.min(5, hits.size())) + "...";
  }
}
