package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.search.DamagedIndexException;
import org.treatysearch.search.Filters;
import org.treatysearch.search.IndexUnavailableException;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 6.3: every file of a real index deleted, truncated or overwritten with garbage, one at a
 * time. {@code index --check} must name the damage in one line (exit 2); search, export, show and
 * stats either still answer or say in one line that the index at DIR is damaged and how to
 * rebuild it (exit 2), whether the damage shows when the index is opened or only when a query
 * reads the damaged part; and {@code treaty index} must rebuild over the wreck.
 */
class DamagedIndexTest {
  @TempDir static Path shared;
  static Path corpus;
  static Path pristine;
  static final Map<String, Integer> TALLY = new TreeMap<>();

  @TempDir Path tmp;

  @BeforeAll
  static void build() throws IOException {
    corpus = Corpora.small(shared.resolve("corpus"));
    pristine = shared.resolve("pristine");
    Indexer.build(corpus, pristine, Indexer.Progress.NONE, problem -> fail(problem));
  }

  @AfterAll
  static void figures() {
    System.out.println("DamagedIndexTest figures: " + TALLY);
  }

  private static void tally(String what) {
    TALLY.merge(what, 1, Integer::sum);
  }

  enum Damage { DELETE, TRUNCATE_HALF, TRUNCATE_EMPTY, GARBAGE_HEADER, GARBAGE_MIDDLE, GARBAGE_FOOTER }

  private static List<String> indexFiles() throws IOException {
    try (Stream<Path> s = Files.list(pristine)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> !n.equals(IndexWriter.WRITE_LOCK_NAME)).sorted().toList();
    }
  }

  private Path copy(String name) throws IOException {
    Path dir = tmp.resolve(name);
    Files.createDirectories(dir);
    try (Stream<Path> s = Files.list(pristine)) {
      for (Path f : s.toList()) {
        Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
    return dir;
  }

  private static void damage(Path file, Damage how, Random random) throws IOException {
    long length = Files.size(file);
    switch (how) {
      case DELETE -> Files.delete(file);
      case TRUNCATE_HALF -> truncate(file, length / 2);
      case TRUNCATE_EMPTY -> truncate(file, 0);
      case GARBAGE_HEADER -> flip(file, 0, Math.min(length, 16), random);
      case GARBAGE_MIDDLE -> flip(file, length / 2, Math.min(length - length / 2, 64), random);
      case GARBAGE_FOOTER -> flip(file, Math.max(0, length - 16), Math.min(length, 16), random);
    }
  }

  private static void truncate(Path file, long size) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.setLength(size);
    }
  }

  /** Every byte in the range changed (XOR with a non-zero byte), so it is damage for sure. */
  private static void flip(Path file, long from, long count, Random random) throws IOException {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      for (long i = from; i < from + count; i++) {
        raf.seek(i);
        int b = raf.read();
        raf.seek(i);
        raf.write(b ^ (1 + random.nextInt(255)));
      }
    }
  }

  @Test
  void everyKindOfDamageToEveryFileIsReportedInOneLineAndRebuildable() throws Exception {
    Random random = new Random(63);
    List<String> files = indexFiles();
    int cases = 0;
    for (String file : files) {
      for (Damage how : Damage.values()) {
        String label = how + " " + file;
        Path index = copy(file + "-" + how);
        damage(index.resolve(file), how, random);
        cases++;
        tally("damaged copies");

        // index --check: always detected (every byte of an index is under a checksum)
        Cli check = Cli.run("index", "--check", "--index", index.toString());
        String line = check.oneErrorLine();
        // the rebuild command names the corpus when the commit still says which
        assertTrue(line.startsWith("treaty: the index at " + index + " is damaged (")
            && (line.endsWith("; rebuild it with: treaty index --corpus " + corpus.toAbsolutePath() + " --index " + index)
                || line.endsWith("; rebuild it with: treaty index --index " + index)),
            label + ": " + line);
        if (System.getProperty("reliability.verbose") != null) {
          System.out.println("DEBUG " + label + ": " + line);
        }

        // in-process: where does the damage show?
        String where = whereItShows(index);
        tally("damage shows " + where);

        // every reading command: an answer, or the one damaged-index line
        for (String[] args : List.of(
            new String[] {"search", "外蒙古"},
            new String[] {"search", "-c", "条约"},
            new String[] {"export", "--format", "csv", "中国"},
            new String[] {"show", TestCorpus.TREATY_1945},
            new String[] {"stats", "--format", "json"})) {
          List<String> argv = new ArrayList<>(List.of(args));
          argv.addAll(List.of("--index", index.toString()));
          Cli run = Cli.run(argv.toArray(String[]::new));
          String what = label + ": " + String.join(" ", args);
          if (run.exit() == 2) {
            String err = run.oneErrorLine();
            assertTrue(err.startsWith("treaty: the index at " + index + " is damaged (") && err.contains("; rebuild it with: treaty index "),
                what + ": " + err);
            tally("commands that said the index is damaged");
            if (System.getProperty("reliability.verbose") != null) {
              System.out.println("DEBUG   " + String.join(" ", args) + ": " + err);
            }
          } else {
            assertTrue(run.exit() == 0 || run.exit() == 1, what + ": exit " + run.exit());
            assertEquals("", run.err(), what);
            assertFalse(where.equals("at open"), what + ": opened although open fails");
            tally("commands that answered despite the damage");
          }
        }

        // the remedy the message gives works over the wreck
        Cli rebuild = Cli.run("index", "--corpus", corpus.toString(), "--index", index.toString());
        assertEquals(0, rebuild.exit(), label + ": rebuild: " + rebuild.err());
        IndexState.assertClean(index);
        assertEquals(0, Cli.run("search", "外蒙古", "--index", index.toString()).exit(), label);
        tally("rebuilt");
      }
    }
    System.out.println("DamagedIndexTest: " + cases + " damaged copies of an index of " + files.size() + " files");
  }

  /**
   * Garbage inside the largest segment file, at 40 seeded places: some only shows when a query
   * reads that part (stored fields, postings), and must then be the same one line as at open.
   */
  @Test
  void garbageThatOnlyAQueryMeetsIsReportedLikeDamageAtOpen() throws Exception {
    Random random = new Random(64);
    String largest = indexFiles().stream()
        .max(java.util.Comparator.comparingLong(f -> pristine.resolve(f).toFile().length())).orElseThrow();
    long length = Files.size(pristine.resolve(largest));
    int atQueryTime = 0;
    for (int i = 0; i < 40; i++) {
      Path index = copy("garbage-" + i);
      long at = 64 + (long) (random.nextDouble() * (length - 128));
      flip(index.resolve(largest), at, 8, random);
      String where = whereItShows(index);
      tally("garbage inside " + largest + " shows " + where);
      if (where.equals("at query time")) {
        atQueryTime++;
        Cli run = Cli.run("export", "--format", "jsonl", "--index", index.toString(), "--", "條約 OR 中国 OR 蘇聯 OR 的");
        Cli stats = Cli.run("stats", "--index", index.toString());
        for (Cli c : List.of(run, stats)) {
          if (c.exit() == 2) {
            assertTrue(c.oneErrorLine().startsWith("treaty: the index at " + index + " is damaged ("), c.err());
          }
        }
      }
      assertEquals(2, Cli.run("index", "--check", "--index", index.toString()).exit(), "--check finds garbage at " + at);
    }
    assertTrue(atQueryTime > 0, "some garbage must only show at query time");
  }

  /** "at open", "at query time" (open passed, a query found it), or "only to --check". */
  private static String whereItShows(Path index) throws IOException {
    TreatySearcher searcher;
    try {
      searcher = TreatySearcher.open(index);
    } catch (IndexUnavailableException e) {
      return "at open";
    }
    try (searcher) {
      searcher.articles().articles();
      for (String q : IndexState.QUERIES) {
        searcher.export(q, Filters.NONE, hit -> {});
      }
      return "only to --check";
    } catch (DamagedIndexException e) {
      return "at query time";
    } catch (Exception e) {
      throw new AssertionError("escaped: " + e, e);
    }
  }

  @Test
  void checkOfAGoodIndexSaysOkWithTheCounts() throws Exception {
    Cli ok = Cli.run("index", "--check", "--index", pristine.toString());
    assertEquals(0, ok.exit(), ok.err());
    assertEquals("", ok.err());
    assertTrue(ok.out().matches("index at \\Q" + pristine + "\\E is OK \\(\\d+ documents, \\d+ segments?\\)\\n"), ok.out());
  }

  @Test
  void checkOfNoIndexSaysHowToBuildOne() throws Exception {
    Path nowhere = tmp.resolve("nowhere");
    assertEquals("treaty: no index at " + nowhere + "; build it from a folder of articles with: treaty index --corpus DIR --index "
        + nowhere,
        Cli.run("index", "--check", "--index", nowhere.toString()).oneErrorLine());
    Files.createDirectories(nowhere);
    assertEquals("treaty: no index at " + nowhere + "; build it from a folder of articles with: treaty index --corpus DIR --index "
        + nowhere,
        Cli.run("index", "--check", "--index", nowhere.toString()).oneErrorLine());
  }

  @Test
  void checkRunsWhileTheIndexIsBeingRebuilt() throws Exception {
    Path index = copy("busy");
    PausedIndexing rebuild = PausedIndexing.start(corpus, index);
    Cli busy = Cli.run("index", "--check", "--index", index.toString());
    assertEquals(null, rebuild.finish());
    assertEquals(0, busy.exit(), busy.err());
    assertTrue(busy.out().startsWith("index at " + index + " is OK ("), busy.out());
  }
}
