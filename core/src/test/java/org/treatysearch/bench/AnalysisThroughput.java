package org.treatysearch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.treatysearch.analysis.ChineseAnalyzers;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;

/**
 * Raw analysis throughput: every corpus file's whole text through the index's smartcn chain
 * (folding + smartcn), on N threads, nothing else. The ceiling indexing is measured against.
 * With {@code --display}, only the display text of passages and footnotes is analysed (what the
 * indexer itself gives smartcn; parsed before the clock starts), still counted in corpus bytes:
 * the stricter ceiling, since markup and link URLs are ~40% of the files.
 * Usage: AnalysisThroughput CORPUS_DIR THREADS [--display]
 */
public final class AnalysisThroughput {
  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
    }
    int threads = Integer.parseInt(args[1]);
    boolean display = args.length > 2 && args[2].equals("--display");
    List<String> texts = new java.util.ArrayList<>();
    if (display) {
      for (Path f : files) {
        Article a = CorpusReader.read(f);
        a.passages().forEach(p -> texts.add(p.text()));
        a.footnotes().forEach(n -> texts.add(n.text()));
      }
    }
    Analyzer words = ChineseAnalyzers.words();
    analyze(words, Files.readString(files.get(0))); // loads smartcn's dictionaries outside the timing
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new java.util.ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        if (display) {
          for (int i; (i = next.getAndIncrement()) < texts.size(); ) {
            analyze(words, texts.get(i));
          }
        } else {
          for (int i; (i = next.getAndIncrement()) < files.size(); ) {
            analyze(words, Files.readString(files.get(i), StandardCharsets.UTF_8));
          }
        }
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    System.out.printf("smartcn analysis of %s: %.1f MB of corpus in %.1f s on %d threads = %.2f MB/s%n",
        display ? "the display text only" : "the whole files", bytes / 1e6, seconds, threads, bytes / 1e6 / seconds);
  }

  static long analyze(Analyzer analyzer, String text) throws IOException {
    long tokens = 0;
    try (TokenStream ts = analyzer.tokenStream("text.words", text)) {
      ts.reset();
      while (ts.incrementToken()) {
        tokens++;
      }
      ts.end();
    }
    return tokens;
  }
}
