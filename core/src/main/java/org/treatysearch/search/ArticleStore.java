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

  /** The article ids, sorted: for shell completion, so it reads one stored field per article, not the articles. */
  default List<String> ids() throws IOException {
    return articles().stream().map(Article::id).toList();
  }
}
