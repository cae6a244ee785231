package org.treatysearch.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.index.Indexer;
import org.treatysearch.index.IndexingException;
import org.treatysearch.index.IndexingFailure;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 6.2: disk full and I/O errors while re-indexing. Lucene's MockDirectoryWrapper fails the
 * re-index of corpus B over an index of corpus A at one chosen file operation (every creation,
 * close, sync, rename and delete of a file, and a sample of the reads and writes), or when the
 * disk fills at one of many sizes, or at random. Each time: one clear line naming the index and
 * saying the previous index is unchanged; no file left open; CheckIndex clean; a search sees all
 * of A (or all of B when the fault came after the commit). Through the CLI, a real file-size
 * limit ({@code ulimit -f}) makes the operating system refuse writes: exit 2, one line.
 */
class DiskFaultTest {
  @TempDir static Path shared;
  static Path corpusA;
  static Path corpusB;
  static IndexState stateA;
  static IndexState stateB;
  static final Map<String, Integer> TALLY = new TreeMap<>();

  @TempDir Path tmp;
  Path index;

  @BeforeAll
  static void corpora() throws Exception {
    corpusA = Corpora.small(shared.resolve("a"));
    // one small article: a single indexing thread, so the sequence of file operations repeats exactly
    corpusB = shared.resolve("b");
    Files.createDirectories(corpusB);
    Files.copy(TestCorpus.EXTRA.resolve("外蒙古獨立公民投票.md"), corpusB.resolve("外蒙古獨立公民投票.md"));
    stateA = IndexState.of(TestCorpus.index(shared.resolve("ref-a"), corpusA));
    stateB = IndexState.of(TestCorpus.index(shared.resolve("ref-b"), corpusB));
    assertNotEquals(stateA, stateB);
  }

  @AfterAll
  static void figures() {
    System.out.println("DiskFaultTest figures: " + TALLY);
  }

  private static synchronized void tally(String what) {
    TALLY.merge(what, 1, Integer::sum);
  }

  @BeforeEach
  void indexA() throws IOException {
    index = tmp.resolve("index");
    Indexer.build(corpusA, index, Indexer.Progress.NONE, problem -> fail(problem));
  }

  private MockDirectoryWrapper wrap(long seed) throws IOException {
    MockDirectoryWrapper dir = new MockDirectoryWrapper(new Random(seed), FSDirectory.open(index));
    dir.setThrottling(MockDirectoryWrapper.Throttling.NEVER);
    dir.setUseSlowOpenClosers(false);
    dir.setCheckIndexOnClose(false); // checked below, with the real directory
    dir.setAssertNoUnrefencedFilesOnClose(false); // a failed run's leftovers are removed by the next run
    return dir;
  }

  /** Fails the n-th file operation (counting from 1); with n = 0, counts them and records their kinds. */
  private static final class FailAt extends MockDirectoryWrapper.Failure {
    final long n;
    final List<String> kinds;
    long count;
    boolean fired;

    FailAt(long n, List<String> kinds) {
      this.n = n;
      this.kinds = kinds;
    }

    @Override
    public void eval(MockDirectoryWrapper dir) throws IOException {
      count++;
      if (kinds != null) {
        kinds.add(StackWalker.getInstance().walk(s -> s
            .filter(f -> f.getClassName().startsWith("org.apache.lucene.tests.store.Mock")
                && !f.getMethodName().startsWith("maybe"))
            .findFirst()
            .map(f -> f.getClassName().replaceAll(".*\\.Mock", "") + "." + f.getMethodName())
            .orElse("?")));
      }
      if (count == n) {
        fired = true;
        throw new IOException("injected I/O error at file operation " + n);
      }
    }
  }

  /**
   * Re-indexes B through {@code dir} and checks the outcome; returns true when the run failed
   * (and so left A), false when it committed B despite the fault.
   */
  private boolean reindexAndCheck(MockDirectoryWrapper dir, String what) throws Exception {
    List<String> problems = new ArrayList<>();
    IndexingException failure = null;
    try {
      Indexer.build(corpusB, dir, index, Indexer.Progress.NONE, problems::add);
    } catch (IndexingException e) {
      failure = e;
      if (System.getProperty("reliability.verbose") != null) {
        System.out.println("DEBUG " + what + " -> " + e.getMessage());
      }
    } finally {
      dir.close(); // MockDirectoryWrapper refuses to close while any file is still open: no leaks
    }
    assertEquals(List.of(), problems, what);
    IndexState.assertClean(index);
    IndexState state = IndexState.of(index);
    if (failure != null) {
      String m = failure.getMessage();
      assertFalse(m.contains("\n"), what + ": one line: " + m);
      assertTrue(m.startsWith("cannot write the index at " + index + " (") || m.startsWith("cannot open the index at " + index),
          what + ": " + m);
      if (failure.failure().outcome() == IndexingFailure.Outcome.PREVIOUS_OR_NEW) {
        // the commit could not be read back to tell: either whole index is acceptable
        tally("outcome not known to the failed run");
        assertTrue(state.equals(stateA) || state.equals(stateB), what + ": neither A nor B");
        if (state.equals(stateB)) {
          Indexer.build(corpusA, index, Indexer.Progress.NONE, problem -> fail(problem));
        }
        return true;
      }
      assertTrue(m.endsWith("; the previous index is unchanged"), what + ": " + m);
      assertEquals(stateA, state, what + ": failed, so the index must still be A");
      return true;
    }
    assertEquals(stateB, state, what + ": succeeded, so the index must be B");
    Indexer.build(corpusA, index, Indexer.Progress.NONE, problem -> fail(problem)); // back to A
    return false;
  }

  @Test
  void anIOErrorAtAnyFileOperationLeavesThePreviousIndex() throws Exception {
    List<String> kinds = new ArrayList<>();
    FailAt counter = new FailAt(0, kinds);
    MockDirectoryWrapper probe = wrap(1);
    probe.failOn(counter);
    probe.setTrackDiskUsage(true);
    assertFalse(reindexAndCheck(probe, "a run without faults"));
    System.out.println("DiskFaultTest: a re-index makes " + counter.count + " file operations");

    // every operation that is not a single read or write, plus a seeded sample of those
    Random random = new Random(6);
    List<Integer> points = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      boolean bulk = kinds.get(i).endsWith(".writeBytes") || kinds.get(i).endsWith(".copyBytes")
          || kinds.get(i).endsWith("openInput") || kinds.get(i).startsWith("IndexInputWrapper");
      if (!bulk || random.nextInt(kinds.size() / 25 + 1) == 0) {
        points.add(i + 1);
      }
    }
    int failed = 0;
    int committed = 0;
    for (int n : points) {
      MockDirectoryWrapper dir = wrap(n);
      FailAt fault = new FailAt(n, null);
      dir.failOn(fault);
      String what = "I/O error at operation " + n + " (" + kinds.get(n - 1) + ")";
      boolean wasFailure = reindexAndCheck(dir, what);
      if (fault.fired) {
        tally("I/O error injected");
        if (wasFailure) {
          failed++;
        } else {
          committed++;
        }
      }
    }
    System.out.printf("DiskFaultTest: %d I/O errors injected at distinct file operations: %d runs failed"
        + " with the previous index intact, %d committed anyway (the fault hit a step Lucene retries or ignores)%n",
        failed + committed, failed, committed);
    assertTrue(failed > points.size() / 2, "most faults fail the run");
  }

  @Test
  void aFullDiskAtAnySizeLeavesThePreviousIndex() throws Exception {
    long sizeA = sizeOf(index);
    // how much room a re-index needs at its peak (the new segment's files plus, briefly, the
    // compound file built from them), measured on a run without faults
    MockDirectoryWrapper probe = wrap(1);
    probe.setTrackDiskUsage(true);
    assertFalse(reindexAndCheck(probe, "a run with room enough"));
    long peak = probe.getMaxUsedSizeInBytes() - sizeA;
    Random random = new Random(7);
    int sizes = 12;
    int failed = 0;
    for (int i = 0; i < sizes; i++) {
      long room = i == 0 ? 0 : (long) (random.nextDouble() * peak * 1.15);
      MockDirectoryWrapper dir = wrap(i);
      dir.setMaxSizeInBytes(sizeA + room);
      if (reindexAndCheck(dir, "disk full after " + room + " more bytes")) {
        failed++;
      }
      tally("disk full injected");
    }
    assertTrue(failed > 0);
    System.out.println("DiskFaultTest: " + sizes + " disk sizes tried (a re-index needs " + peak + " bytes more at its peak), "
        + failed + " of them too small for the re-index");
  }

  @Test
  void randomIOErrorsLeaveThePreviousIndex() throws Exception {
    for (int seed = 0; seed < 12; seed++) {
      MockDirectoryWrapper dir = wrap(seed);
      dir.setRandomIOExceptionRate(0.002);
      dir.setRandomIOExceptionRateOnOpen(0.01);
      tally(reindexAndCheck(dir, "random I/O errors, seed " + seed)
          ? "random I/O error runs failed (index intact)" : "random I/O error runs that committed anyway");
    }
  }

  @Test
  void theOperatingSystemRefusingWritesThroughTheCli() throws Exception {
    Path log = tmp.resolve("stderr.log");
    // ulimit -f: the kernel refuses to grow any file past the limit (EFBIG; the JVM ignores
    // SIGXFSZ). Limits below the largest file of B's index (in blocks of 512 or 1024 bytes).
    long largest;
    try (var files = Files.list(shared.resolve("ref-b"))) {
      largest = files.mapToLong(f -> f.toFile().length()).max().orElseThrow();
    }
    for (long blocks : new long[] {1, Math.max(1, largest / 8192), Math.max(1, largest / 2048)}) {
      Process p = Subprocess.shell("ulimit -f " + blocks, log,
          "index", "--corpus", corpusB.toString(), "--index", index.toString()).start();
      assertTrue(p.waitFor(120, TimeUnit.SECONDS));
      List<String> lines = Subprocess.read(log).lines().toList();
      assertEquals(2, p.exitValue(), lines::toString);
      assertEquals(List.of("treaty: cannot write the index at " + index + " (File too large); the previous index is unchanged"),
          lines, "ulimit -f " + blocks);
      IndexState.assertClean(index);
      assertEquals(stateA, IndexState.of(index));
      tally("file-size limit hit through the CLI");
    }
    Cli ok = Cli.run("index", "--check", "--index", index.toString());
    assertEquals(0, ok.exit(), ok.err());
  }

  @Test
  void theNextRunCleansUpAFailedRunsFiles() throws Exception {
    MockDirectoryWrapper dir = wrap(3);
    dir.setMaxSizeInBytes(sizeOf(index) + 20_000);
    assertTrue(reindexAndCheck(dir, "disk full"));
    assertFalse(uncommitted(index).isEmpty(), "the failed run left files behind");
    Indexer.build(corpusB, index, Indexer.Progress.NONE, problem -> fail(problem));
    assertEquals(Set.of(), uncommitted(index));
    assertEquals(stateB, IndexState.of(index));
  }

  private static Set<String> uncommitted(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      Set<String> committed = new HashSet<>(SegmentInfos.readLatestCommit(dir).files(true));
      Set<String> extra = new HashSet<>();
      for (String f : dir.listAll()) {
        if (!committed.contains(f) && !f.equals(IndexWriter.WRITE_LOCK_NAME)) {
          extra.add(f);
        }
      }
      return extra;
    }
  }

  private static long sizeOf(Path dir) throws IOException {
    try (var files = Files.list(dir)) {
      return files.mapToLong(f -> f.toFile().length()).sum();
    }
  }
}
