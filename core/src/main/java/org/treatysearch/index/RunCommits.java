package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * Each commit carries the id of the run that made it, so that a run whose commit call failed can
 * tell whether its {@code segments_N} landed anyway (and the new index is in place) or not (and
 * the previous one still is): the answer decides between success and "previous index unchanged".
 */
final class RunCommits {

  /** Commit data naming the run that made the commit. */
  private static final String RUN = "run";

  private RunCommits() {}

  /** Labels the writer's next commit with the corpus it indexes and the run that makes it. */
  static void label(IndexWriter writer, Path corpusDir, String run) {
    writer.setLiveCommitData(Map.of("corpus", corpusDir.toAbsolutePath().toString(), RUN, run).entrySet());
  }

  /**
   * Whether the latest commit on disk is this run's (a commit can land and then fail a later
   * step): TRUE, FALSE, or null when the commit cannot be read back.
   */
  static Boolean landed(Directory dir, String run) {
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        return run.equals(SegmentInfos.readLatestCommit(dir).getUserData().get(RUN));
      } catch (IOException | RuntimeException e) {
        // try again: the failure that stopped the commit may be passing
      }
    }
    return null;
  }

  /** Whether any commit is on disk, i.e. whether there is a previous index a failed run leaves. */
  static boolean hasCommit(Directory dir) {
    try {
      for (String name : dir.listAll()) {
        if (name.startsWith("segments_")) {
          return true;
        }
      }
    } catch (IOException e) {
      // not worth a second error
    }
    return false;
  }
}
