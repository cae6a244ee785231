package org.treatysearch.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.treatysearch.corpus.CorpusReader;

/**
 * Facts about the corpus files a run is given, settled before any is indexed: their sizes (for
 * progress and memory bounds) and which of them may become an article (one per article id).
 */
final class CorpusFiles {

  private CorpusFiles() {}

  /** Two files with one name and different extensions would be one article id: the first (by name) wins. */
  static List<Path> uniqueIds(List<Path> files, Consumer<String> problems) {
    Map<String, Path> seen = new HashMap<>();
    List<Path> unique = new ArrayList<>(files.size());
    for (Path f : files) {
      Path first = seen.putIfAbsent(CorpusReader.articleId(f), f);
      if (first == null) {
        unique.add(f);
      } else {
        problems.accept(f + ": same article id as " + first.getFileName() + "; skipped");
      }
    }
    return unique;
  }

  /** The run's total, for progress and for choosing whether to merge to one segment. */
  static long totalBytes(List<Path> files) {
    long total = 0;
    for (Path f : files) {
      total += sizeOf(f);
    }
    return total;
  }

  /** The file's size, or 0 when it cannot be read: that problem is reported when the file is read. */
  static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (NoSuchFileException e) {
      return 0;
    } catch (IOException e) {
      return 0; // reported when the file is read
    }
  }
}
