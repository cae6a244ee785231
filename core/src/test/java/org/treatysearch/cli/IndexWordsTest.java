package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.treatysearch.index.IndexFault;
import org.treatysearch.index.IndexingException;
import org.treatysearch.index.IndexingFailure;
import org.treatysearch.index.IndexingFailure.Outcome;
import org.treatysearch.index.IndexingFailure.Reason;
import org.treatysearch.search.DamagedIndexException;
import org.treatysearch.search.QuerySyntaxException;

/**
 * The sentences the CLI writes for the facts the lower layers report. The expected lines are the
 * ones the index and search packages composed themselves before the CLI took that over, written
 * out by hand: the move must not change a byte.
 */
class IndexWordsTest {
  private static final Path INDEX = Path.of("/data/my index");
  private static final String QUOTED = "'/data/my index'";

  @Test
  void aMissingIndexSaysHowToBuildOne() {
    assertEquals("no index at /data/idx; build it from a folder of articles with: treaty index --corpus DIR --index /data/idx",
        IndexWords.fault(IndexFault.missing(Path.of("/data/idx"))));
    assertEquals("no index at /data/my index; build it from a folder of articles with: treaty index --corpus DIR --index " + QUOTED,
        IndexWords.fault(IndexFault.missing(INDEX)));
  }

  @Test
  void aDamagedIndexSaysHowToRebuildItWithTheRecordedCorpus() {
    assertEquals("the index at /data/my index is damaged (file _0.si is missing); rebuild it with: treaty index"
        + " --corpus '/home/o'\\''brien/條約' --index " + QUOTED,
        IndexWords.fault(IndexFault.damaged(INDEX, "file _0.si is missing", "/home/o'brien/條約")));
    assertEquals("the index at /data/idx is damaged (a file ends too early in _0.fdt); rebuild it with: treaty index --index /data/idx",
        Errors.describe(new DamagedIndexException(
            IndexFault.damaged(Path.of("/data/idx"), "a file ends too early in _0.fdt", null), null)));
  }

  @Test
  void anUnreadableIndexIsOnlyDescribed() {
    IndexFault fault = IndexFault.unreadable(Path.of("/data/idx"), new IOException("Input/output error"));
    assertEquals("cannot read the index at /data/idx (Input/output error)", IndexWords.fault(fault));
  }

  @Test
  void failedRunsSayWhatBecameOfThePreviousIndex() {
    Path index = Path.of("/data/idx");
    assertEquals("another 'treaty index' is already writing /data/idx; try again when it ends",
        describe(IndexingFailure.of(Reason.LOCKED, index, "", Outcome.NOT_SAID)));
    assertEquals("cannot open the index at /data/idx for writing (No space left on device); the previous index is unchanged",
        describe(IndexingFailure.of(Reason.CANNOT_OPEN, index, "No space left on device", Outcome.PREVIOUS_UNCHANGED)));
    assertEquals("cannot write the index at /data/idx (disk full); the previous index is unchanged",
        describe(IndexingFailure.of(Reason.CANNOT_WRITE, index, "disk full", Outcome.PREVIOUS_UNCHANGED)));
    assertEquals("cannot write the index at /data/my index (disk full); the index may be the previous or the new one:"
            + " check it with: treaty index --check --index " + QUOTED,
        describe(IndexingFailure.of(Reason.CANNOT_WRITE, INDEX, "disk full", Outcome.PREVIOUS_OR_NEW)));
    assertEquals("indexing interrupted; the previous index is unchanged",
        describe(IndexingFailure.of(Reason.INTERRUPTED, index, "", Outcome.PREVIOUS_UNCHANGED)));
    assertEquals("cannot create the index folder /data/idx (Permission denied: /data/idx)",
        describe(IndexingFailure.of(Reason.CANNOT_CREATE_FOLDER, index, "Permission denied: /data/idx", Outcome.NOT_SAID)));
    assertEquals("/corpus: cannot list corpus folder (Permission denied: /corpus)",
        describe(new IndexingFailure(Reason.CANNOT_LIST_CORPUS, index, Path.of("/corpus"),
            "cannot list corpus folder (Permission denied: /corpus)", 0, Outcome.NOT_SAID)));
    assertEquals("nothing to index in /corpus (no readable *.md or *.txt file; 2 skipped, named above); the previous index is unchanged",
        describe(new IndexingFailure(Reason.NOTHING_TO_INDEX, index, Path.of("/corpus"), "", 2, Outcome.PREVIOUS_UNCHANGED)));
    assertEquals("nothing to index in /corpus (no readable *.md or *.txt file)",
        describe(new IndexingFailure(Reason.NOTHING_TO_INDEX, index, Path.of("/corpus"), "", 0, Outcome.NOT_SAID)));
  }

  @Test
  void theLowerLayersMessagesAreFactsWithoutCommands() {
    for (IndexingFailure f : new IndexingFailure[] {
        IndexingFailure.of(Reason.LOCKED, INDEX, "", Outcome.NOT_SAID),
        IndexingFailure.of(Reason.CANNOT_WRITE, INDEX, "disk full", Outcome.PREVIOUS_OR_NEW),
        new IndexingFailure(Reason.NOTHING_TO_INDEX, INDEX, Path.of("/corpus"), "", 2, Outcome.PREVIOUS_UNCHANGED)}) {
      String message = new IndexingException(f, null).getMessage();
      assertFalse(message.contains("treaty ") || message.contains("try again") || message.contains("named above"), message);
    }
    String damaged = new DamagedIndexException(IndexFault.damaged(INDEX, "x", "/corpus"), null).getMessage();
    assertEquals("the index at /data/my index is damaged (x)", damaged);
  }

  @Test
  void anUnknownArticleSaysWhereTheIdsAre() {
    assertEquals("query 'article:nope' can find nothing: no article 'nope' (see 'treaty stats' for the ids)",
        Errors.query(new QuerySyntaxException("query 'article:nope' can find nothing: no article 'nope'", "nope")));
    assertEquals("empty query", Errors.query(new QuerySyntaxException("empty query")));
  }

  private static String describe(IndexingFailure f) {
    return Errors.describe(new IndexingException(f, null));
  }
}
