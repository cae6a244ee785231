package org.treatysearch.cli;

import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;

/** What an id names: an article, or one passage or footnote of it (the other two null). */
record Item(Article article, Passage passage, Footnote footnote) {
  boolean isArticle() {
    return passage == null && footnote == null;
  }
}
