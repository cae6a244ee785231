package org.treatysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.treatysearch.corpus.Article;

/** The articles as ingested, read back from the index (for {@code show} and {@code stats}). */
public interface ArticleStore {
  Optional<Article> article(String id) throws IOException;

  /** All articles, sorted by id. */
  List<Article> articles() throws IOException;
}
