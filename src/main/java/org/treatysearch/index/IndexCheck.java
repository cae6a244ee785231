package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NoLockFactory;

/**
 * {@code treaty index --check}: verifies the latest commit of an index with Lucene's CheckIndex
 * (every file's checksum, and every segment decoded) and says so in one line.
 *
 * <p>The check reads without taking {@code write.lock}, so it can run while {@code treaty index}
 * rebuilds the index: readers always see a whole commit. Should that run commit and delete the
 * files being checked, the check notices the new generation and checks again.
 */
public final class IndexCheck {
  /** {@code ok} with "index at DIR is OK (N documents, M segments)", or the problem, in one line. */
  public record Result(boolean ok, String line) {}

  private static final int ATTEMPTS = 3;

  private IndexCheck() {}

  public static Result check(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return new Result(false, "no index at " + indexDir + "; build it with: " + rebuildCommand(indexDir, null));
    }
    try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE)) {
      return check(dir, indexDir);
    } catch (IOException e) {
      return new Result(false, "cannot read the index at " + indexDir + " (" + Indexer.reason(e) + ")");
    }
  }

  /** Checks the latest commit in {@code dir}; {@code indexDir} names it in the result. */
  public static Result check(Directory dir, Path indexDir) throws IOException {
    Result result = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      long generation = SegmentInfos.getLastCommitGeneration(dir);
      result = checkOnce(dir, indexDir);
      if (result.ok() || SegmentInfos.getLastCommitGeneration(dir) == generation) {
        return result;
      }
    }
    return result;
  }

  private static Result checkOnce(Directory dir, Path indexDir) throws IOException {
    SegmentInfos infos;
    try {
      infos = SegmentInfos.readLatestCommit(dir);
    } catch (IndexNotFoundException e) {
      return new Result(false, "no index at " + indexDir + "; build it with: " + rebuildCommand(indexDir, null));
    } catch (IOException e) {
      return damaged(indexDir, "cannot read " + latestSegmentsFile(dir) + ": " + Indexer.reason(e), null);
    }
    String corpus = infos.getUserData().get("corpus");
    CheckIndex.Status status;
    try (CheckIndex checker = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "write.lock"))) {
      checker.setInfoStream(null);
      status = checker.checkIndex();
    } catch (IOException | RuntimeException e) {
      return damaged(indexDir, Indexer.reason(e), corpus);
    }
    if (status.clean) {
      long docs = 0;
      for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
        docs += s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted);
      }
      return new Result(true, String.format(Locale.ROOT, "index at %s is OK (%d document%s, %d segment%s)",
          indexDir, docs, docs == 1 ? "" : "s", status.numSegments, status.numSegments == 1 ? "" : "s"));
    }
    if (status.missingSegments) {
      return damaged(indexDir, "cannot read " + latestSegmentsFile(dir), corpus);
    }
    String first = "";
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        first = ": segment " + s.name + ": " + Indexer.reason(s.error);
        break;
      }
    }
    return damaged(indexDir, status.numBadSegments + " of " + status.numSegments + " segments broken" + first, corpus);
  }

  private static Result damaged(Path indexDir, String what, String corpus) {
    return new Result(false, "the index at " + indexDir + " is damaged (" + what + "); rebuild it with: "
        + rebuildCommand(indexDir, corpus));
  }

  private static String latestSegmentsFile(Directory dir) {
    try {
      String name = SegmentInfos.getLastCommitSegmentsFileName(dir);
      return name == null ? "segments_N" : name;
    } catch (IOException e) {
      return "segments_N";
    }
  }

  /** How to rebuild: with the corpus the index was built from, when the commit still says which. */
  public static String rebuildCommand(Path indexDir, String corpus) {
    return "treaty index " + (corpus == null ? "" : "--corpus " + shellWord(corpus) + " ")
        + "--index " + shellWord(indexDir.toString());
  }

  /** How to check an index. */
  public static String checkCommand(Path indexDir) {
    return "treaty index --check --index " + shellWord(indexDir.toString());
  }

  /** The corpus folder recorded in the latest commit, or null when it cannot be read. */
  public static String recordedCorpus(Directory dir) {
    try {
      return SegmentInfos.readLatestCommit(dir).getUserData().get("corpus");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static String shellWord(String s) {
    return s.matches("[A-Za-z0-9_./:=@%+,-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
