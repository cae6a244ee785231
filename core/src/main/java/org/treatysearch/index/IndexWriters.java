package org.treatysearch.index;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.treatysearch.index.IndexingFailure.Outcome;
import org.treatysearch.index.IndexingFailure.Reason;

/**
 * Opens the writer of a run: configured for a whole rebuild, and able to start over an index
 * whose latest commit is damaged (which would otherwise make every rebuild fail, when a rebuild
 * is the remedy the damaged-index message prescribes).
 */
final class IndexWriters {

  private IndexWriters() {}

  /**
   * @throws IndexingException another run holds the index, or it cannot be opened (the previous
   *     index is unchanged)
   */
  static IndexWriter openWriter(Directory dir, Path indexDir) throws IOException {
    try {
      try {
        return new IndexWriter(dir, config());
      } catch (CorruptIndexException | EOFException | NoSuchFileException | IndexFormatTooOldException
          | IndexFormatTooNewException e) {
        // Even OpenMode.CREATE reads the latest commit; when that commit is damaged (read twice, to
        // rule out a passing fault), the index is unusable anyway, and rebuilding it is what the
        // damaged-index message tells users to do.
        if (commitDamaged(dir)) {
          discardDamagedIndex(dir);
        }
        return new IndexWriter(dir, config());
      }
    } catch (LockObtainFailedException e) {
      throw new IndexingException(IndexingFailure.of(Reason.LOCKED, indexDir, "", Outcome.NOT_SAID), e);
    } catch (IOException e) {
      throw new IndexingException(
          IndexingFailure.of(Reason.CANNOT_OPEN, indexDir, IndexingMessages.reason(e), Outcome.PREVIOUS_UNCHANGED), e);
    }
  }

  /**
   * Indexing is bound by smartcn; the writer should add as little as it can: a large buffer (fewer
   * flushes, so fewer merges) and no compound files (each flush and merge would copy its files once
   * more into a .cfs). The index is rebuilt whole each time, never updated in place.
   */
  private static IndexWriterConfig config() {
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    return new IndexWriterConfig(IndexAnalyzers.forIndexing())
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
        .setRAMBufferSizeMB(128)
        .setUseCompoundFile(false)
        .setMergePolicy(merges)
        .setCommitOnClose(false);
  }

  /** The second reading of the latest commit: damaged only if it fails again the same way. */
  private static boolean commitDamaged(Directory dir) throws IOException {
    try {
      SegmentInfos.readLatestCommit(dir);
      return false;
    } catch (CorruptIndexException | EOFException | NoSuchFileException | IndexFormatTooOldException
        | IndexFormatTooNewException e) {
      return true;
    }
  }

  /** Deletes Lucene's files (commits and segments; nothing else) under the write lock. */
  private static void discardDamagedIndex(Directory dir) throws IOException {
    try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (String name : dir.listAll()) {
        if (name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS)
            || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()) {
          dir.deleteFile(name);
        }
      }
    }
  }
}
