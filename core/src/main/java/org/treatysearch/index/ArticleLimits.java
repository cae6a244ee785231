package org.treatysearch.index;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;

/**
 * Turns a parsed article into its Lucene documents, refusing an article too big to index. The
 * limit is on what gets indexed, not on the file: a passage repeats its article's title, its
 * headings and the footnotes it cites, so a modest file can still expand into far more text.
 */
final class ArticleLimits {

  /**
   * At most this many characters are indexed for one article: its passages' and footnotes' text,
   * and the title, headings and cited footnotes each passage repeats. Lucene holds an article's
   * documents in memory until they are all added, at some 100 bytes a character, so this bounds
   * an indexing worker to about 100 MB whatever the file holds (a real article is some 50,000).
   */
  static final long MAX_ARTICLE_CHARS = 1L << 20;

  private ArticleLimits() {}

  /**
   * The article's documents; an article over {@link #MAX_ARTICLE_CHARS} or one that cannot be made
   * into documents is that file's problem (a {@link BadInputException} naming it), not the run's.
   */
  static List<Document> documents(Path file, Article article) throws BadInputException {
    if (charsToIndex(article) > MAX_ARTICLE_CHARS) {
      throw new BadInputException(file, "too much text to index (more than " + MAX_ARTICLE_CHARS
          + " characters, counting the title and headings each passage repeats)");
    }
    try {
      return ArticleDocuments.of(article);
    } catch (RuntimeException e) {
      throw new BadInputException(file, "cannot be indexed (" + IndexingMessages.reason(e) + ")");
    }
  }

  /** Counts only until past the limit: a hostile file can hold millions of passages. */
  private static long charsToIndex(Article article) {
    Map<Integer, Integer> noteLength = new HashMap<>();
    long chars = 0;
    for (Footnote f : article.footnotes()) {
      noteLength.put(f.n(), f.text().length());
      chars += f.text().length() + article.title().length();
    }
    for (Passage p : (Iterable<Passage>) article.passages()::iterator) {
      chars += p.text().length() + article.title().length();
      for (String heading : p.section()) {
        chars += heading.length();
      }
      for (int ref : p.refs()) {
        chars += noteLength.getOrDefault(ref, 0);
      }
      if (chars > MAX_ARTICLE_CHARS) {
        break;
      }
    }
    return chars;
  }
}
