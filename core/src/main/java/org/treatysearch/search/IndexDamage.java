package org.treatysearch.search;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.treatysearch.corpus.Article;
import org.treatysearch.index.IndexCheck;
import org.treatysearch.index.IndexFault;

/**
 * Recognises a damaged index and reports the facts: which index, what is damaged, the corpus it
 * was built from.
 * Opening a reader only verifies the small files whole; damage inside a large segment file
 * (postings, stored fields) shows when a query reads it, as a CorruptIndexException, an
 * EOFException or, with garbage bytes, any decoding error. Such a failure is checked against the
 * segments' checksums: if they fail, the index is damaged; if not, it was something else and is
 * rethrown as it was.
 */
final class IndexDamage {
  private final Path indexDir;
  private final Directory directory;
  private final DirectoryReader reader;

  IndexDamage(Path indexDir, Directory directory, DirectoryReader reader) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.reader = reader;
  }

  /** Failures that mean the files are not what Lucene wrote. */
  static boolean isDamage(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CorruptIndexException || t instanceof EOFException || t instanceof NoSuchFileException
          || t instanceof FileNotFoundException || t instanceof IndexFormatTooOldException
          || t instanceof IndexFormatTooNewException) {
        return true;
      }
    }
    return false;
  }

  static IndexFault fault(Path indexDir, Directory dir, Throwable e) {
    return fault(indexDir, dir, IndexCheck.describeDamage(e));
  }

  /** {@code dir}, when not null, is asked for the corpus its latest commit recorded. */
  static IndexFault fault(Path indexDir, Directory dir, String what) {
    return IndexFault.damaged(indexDir, what, dir == null ? null : IndexCheck.recordedCorpus(dir));
  }

  /**
   * Returns the damage report for {@code e}, or rethrows {@code e} when the index is
   * sound. Lucene's own assertions (on under {@code -ea}, as in tests) can trip on decoded garbage
   * before any checksum is read, so an AssertionError is judged by the checksums too.
   */
  DamagedIndexException orRethrow(Throwable e) throws IOException {
    if (isDamage(e)) { // first: the index's own reads may arrive wrapped (IndexVocabulary)
      return new DamagedIndexException(fault(indexDir, directory, e), e);
    }
    if (e instanceof UncheckedIOException u) {
      throw u; // the caller's sink (a printer writing to a closed pipe, a full disk): not the index
    }
    IOException checksum = integrityFailure();
    if (checksum != null) {
      // what the checksums found says more than the decoding error garbage caused
      DamagedIndexException damaged = new DamagedIndexException(fault(indexDir, directory, checksum), e);
      damaged.addSuppressed(checksum);
      return damaged;
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e instanceof Error err) {
      throw err;
    }
    throw (RuntimeException) e;
  }

  /** The first segment whose files fail their checksums, or null when all pass. */
  private IOException integrityFailure() {
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        if (leaf.reader() instanceof CodecReader codec) {
          codec.checkIntegrity();
        }
      }
      return null;
    } catch (IOException e) {
      return e;
    } catch (RuntimeException e) {
      return new CorruptIndexException(String.valueOf(e.getMessage()), "index", e);
    }
  }

  /** {@code show} and {@code stats} read stored articles: the same translation. */
  ArticleStore guard(ArticleStore store) {
    return new ArticleStore() {
      @Override
      public Optional<Article> article(String id) throws IOException {
        try {
          return store.article(id);
        } catch (IOException | RuntimeException | AssertionError e) {
          throw orRethrow(e);
        }
      }

      @Override
      public List<Article> articles() throws IOException {
        try {
          return store.articles();
        } catch (IOException | RuntimeException | AssertionError e) {
          throw orRethrow(e);
        }
      }

      @Override
      public List<String> ids() throws IOException {
        try {
          return store.ids();
        } catch (IOException | RuntimeException | AssertionError e) {
          throw orRethrow(e);
        }
      }
    };
  }
}
