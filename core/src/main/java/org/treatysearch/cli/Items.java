package org.treatysearch.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.search.ArticleStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Looks up the ids {@code show} and {@code cite} take. An id that is not of the three forms is a
 * usage error before anything is printed; one that names nothing is told on stderr and skipped.
 */
final class Items {
  private final ArticleStore store;
  private final Session session;
  private final Map<String, Optional<Article>> articles = new HashMap<>();

  Items(ArticleStore store, Session session) {
    this.store = store;
    this.session = session;
  }

  /** @throws ParameterException for the first id that is not ARTICLE, ARTICLE#N or ARTICLE#fnN */
  static List<ItemId> parse(CommandSpec spec, List<String> ids) {
    List<ItemId> parsed = new ArrayList<>(ids.size());
    for (String id : ids) {
      ItemId item = ItemId.parse(id);
      if (item == null) {
        throw new ParameterException(spec.commandLine(), "not an article, passage or footnote id: '" + id + "'");
      }
      parsed.add(item);
    }
    return parsed;
  }

  /** @return the item, or null once stderr says what is missing */
  Item find(ItemId id) throws IOException {
    Optional<Article> found = articles.get(id.article());
    if (found == null) { // xargs hands over many passages of one article: read it once
      found = store.article(id.article());
      articles.put(id.article(), found);
    }
    if (found.isEmpty()) {
      session.error("no article '" + id.article() + "' (see 'treaty stats' for the list)");
      return null;
    }
    Article article = found.get();
    if (id.isArticle()) {
      return new Item(article, null, null);
    }
    if (id.isFootnote()) {
      Optional<Footnote> f = article.footnotes().stream().filter(x -> x.n() == id.n()).findFirst();
      if (f.isEmpty()) {
        session.error("no footnote " + id.n() + " in " + id.article() + " (it has " + article.footnotes().size() + ")");
        return null;
      }
      return new Item(article, null, f.get());
    }
    Optional<Passage> p = article.passages().filter(x -> x.n() == id.n()).findFirst();
    if (p.isEmpty()) {
      session.error("no passage " + id.n() + " in " + id.article() + " (it has " + article.passages().count() + ")");
      return null;
    }
    return new Item(article, p.get(), null);
  }
}
