package org.treatysearch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.treatysearch.search.Filters;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.TreatySearcher;

/**
 * Warm in-process query latency: top 10 with highlights, as `treaty search` asks for them.
 * Usage: QueryLatency INDEX_DIR QUERIES_FILE [ROUNDS]
 */
public final class QueryLatency {
  public static void main(String[] args) throws Exception {
    List<String> queries = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
        .filter(q -> !q.isBlank()).toList();
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    try (TreatySearcher searcher = TreatySearcher.open(Path.of(args[0]))) {
      for (String q : queries) { // warm-up: JIT and page cache
        run(searcher, q);
      }
      long[] nanos = new long[queries.size() * rounds];
      int i = 0;
      for (int r = 0; r < rounds; r++) {
        for (String q : queries) {
          long t0 = System.nanoTime();
          run(searcher, q);
          nanos[i++] = System.nanoTime() - t0;
        }
      }
      Arrays.sort(nanos);
      System.out.printf("in-process query (top 10, highlighted) over %d runs: p50 %.0f µs, p99 %.0f µs%n",
          nanos.length, nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3);
    }
  }

  private static void run(TreatySearcher searcher, String q) throws Exception {
    try {
      searcher.search(q, Filters.NONE, 0, 10);
    } catch (QuerySyntaxException e) {
      // generated queries are plain words; nothing to do
    }
  }
}
