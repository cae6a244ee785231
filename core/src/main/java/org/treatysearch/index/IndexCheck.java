package org.treatysearch.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
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
 *
 * <p>A finding is facts ({@link IndexFault}); the CLI adds the remedy.
 */
public final class IndexCheck {
  /** A sound index with its counts ({@code fault} null), or what is wrong with it. */
  public record Result(Path indexDir, IndexFault fault, long documents, int segments) {
    static Result of(IndexFault fault) {
      return new Result(fault.indexDir(), fault, 0, 0);
    }

    public boolean ok() {
      return fault == null;
    }

    /** "index at DIR is OK (N documents, M segments)", or the fault described, in one line. */
    public String line() {
      return Indexer.oneLine(ok()
          ? String.format(Locale.ROOT, "index at %s is OK (%d document%s, %d segment%s)",
              indexDir, documents, documents == 1 ? "" : "s", segments, segments == 1 ? "" : "s")
          : fault.describe());
    }
  }

  private static final int ATTEMPTS = 3;

  private IndexCheck() {}

  public static Result check(Path indexDir) {
    if (!Files.isDirectory(indexDir)) {
      return Result.of(IndexFault.missing(indexDir));
    }
    try (Directory dir = FSDirectory.open(indexDir, NoLockFactory.INSTANCE)) {
      return check(dir, indexDir);
    } catch (IOException e) {
      return Result.of(IndexFault.unreadable(indexDir, e));
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
      if (hasSegmentFiles(dir)) {
        return damaged(indexDir, "no segments_N file, yet segment files are there", null);
      }
      return Result.of(IndexFault.missing(indexDir));
    } catch (IOException e) {
      return damaged(indexDir, "cannot read " + latestSegmentsFile(dir) + ": " + describeDamage(e), null);
    }
    String corpus = infos.getUserData().get("corpus");
    CheckIndex.Status status;
    try (CheckIndex checker = new CheckIndex(dir, NoLockFactory.INSTANCE.obtainLock(dir, "write.lock"))) {
      checker.setInfoStream(null);
      status = checker.checkIndex();
    } catch (IOException | RuntimeException e) {
      return damaged(indexDir, describeDamage(e), corpus);
    }
    if (status.clean) {
      long docs = 0;
      for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
        docs += s.maxDoc - (s.liveDocStatus == null ? 0 : s.liveDocStatus.numDeleted);
      }
      return new Result(indexDir, null, docs, status.numSegments);
    }
    if (status.missingSegments) {
      return damaged(indexDir, "cannot read " + latestSegmentsFile(dir), corpus);
    }
    String first = "";
    for (CheckIndex.Status.SegmentInfoStatus s : status.segmentInfos) {
      if (s.error != null) {
        first = ": segment " + s.name + ": " + describeDamage(s.error);
        break;
      }
    }
    return damaged(indexDir, status.numBadSegments + " of " + status.numSegments + " segments broken" + first, corpus);
  }

  private static Result damaged(Path indexDir, String what, String corpus) {
    return Result.of(IndexFault.damaged(indexDir, what, corpus));
  }

  /**
   * Whether {@code dir} holds Lucene segment files ({@code _0.cfs}, {@code _0.si}...): without a
   * {@code segments_N} they are an index that lost its commit point, not an empty folder.
   */
  public static boolean hasSegmentFiles(Directory dir) {
    try {
      for (String name : dir.listAll()) {
        if (name.startsWith("_") && name.endsWith(".si")) {
          return true;
        }
      }
    } catch (IOException e) {
      // then we cannot tell
    }
    return false;
  }

  private static String latestSegmentsFile(Directory dir) {
    try {
      String name = SegmentInfos.getLastCommitSegmentsFileName(dir);
      return name == null ? "segments_N" : name;
    } catch (IOException e) {
      return "segments_N";
    }
  }

  private static final Pattern RESOURCE_PATH = Pattern.compile("path=\"([^\"]+)\"\\)*(?: \\[slice=([^\\]]+)\\])?");

  /**
   * What is wrong with a damaged index, for people: the missing file, or Lucene's finding without
   * its resource chain but with the file (and compound-file part) it was in.
   */
  public static String describeDamage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof NoSuchFileException f && f.getFile() != null) {
        return "file " + Path.of(f.getFile()).getFileName() + " is missing";
      }
      if (t instanceof FileNotFoundException f) {
        return "a file is missing (" + Indexer.reason(f) + ")";
      }
    }
    CorruptIndexException deepest = null;
    EOFException eof = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorruptIndexException c) {
        deepest = c;
      } else if (t instanceof EOFException x && eof == null) {
        eof = x;
      }
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof IndexFormatTooNewException || t instanceof IndexFormatTooOldException) {
        String resource = t instanceof IndexFormatTooNewException n ? n.getResourceDescription()
            : ((IndexFormatTooOldException) t).getResourceDescription();
        return "unknown format version" + inFile(String.valueOf(resource)) + " (another Lucene version, or damage)";
      }
    }
    if (deepest != null && !deepest.getOriginalMessage().startsWith("Problem reading index")
        && !deepest.getOriginalMessage().startsWith("Unexpected file read error")) {
      String what = deepest.getOriginalMessage();
      // Lucene's words for a file cut short
      what = what.startsWith("checksum status indeterminate") ? "a file is truncated or garbled" : what.strip();
      return what + inFile(String.valueOf(deepest.getResourceDescription()));
    }
    if (eof != null) {
      return "a file ends too early" + inFile(String.valueOf(eof.getMessage()));
    }
    return deepest != null && deepest.getCause() != null ? Indexer.reason(deepest.getCause()) : Indexer.reason(e);
  }

  /** " in FILE" (or " in PART of FILE" for a compound file) from Lucene's resource description. */
  private static String inFile(String resource) {
    Matcher m = RESOURCE_PATH.matcher(resource);
    if (!m.find()) {
      return "";
    }
    String file = Path.of(m.group(1)).getFileName().toString();
    return " in " + (m.group(2) != null ? m.group(2) + " of " + file : file);
  }

  /** The corpus folder recorded in the latest commit, or null when it cannot be read. */
  public static String recordedCorpus(Directory dir) {
    try {
      return SegmentInfos.readLatestCommit(dir).getUserData().get("corpus");
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
