package org.treatysearch.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.search.ArticleStore;
import org.treatysearch.search.Hit;

/**
 * The passages around a hit in its article (grep's -B/-A), in document order, as hits without a
 * rank, score or highlights. A footnote has no context: footnotes are a list, not running text.
 */
public final class ContextPassages {
  public record Around(List<Hit> before, List<Hit> after) {
    public static final Around NONE = new Around(List.of(), List.of());
  }

  private final ArticleStore store;
  private final int before;
  private final int after;
  private Article article;

  public ContextPassages(ArticleStore store, int before, int after) {
    this.store = store;
    this.before = before;
    this.after = after;
  }

  public Around of(Hit hit) throws IOException {
    if ((before == 0 && after == 0) || Footnote.KIND.equals(hit.kind())) {
      return Around.NONE;
    }
    if (article == null || !article.id().equals(hit.article())) {
      article = store.article(hit.article()).orElse(null);
      if (article == null) {
        return Around.NONE;
      }
    }
    List<Passage> passages = article.passages().toList();
    int at = -1;
    for (int i = 0; i < passages.size() && at < 0; i++) {
      at = passages.get(i).id().equals(hit.id()) ? i : -1;
    }
    if (at < 0) {
      return Around.NONE;
    }
    return new Around(hits(passages.subList(Math.max(0, at - before), at)),
        hits(passages.subList(at + 1, Math.min(passages.size(), at + 1 + after))));
  }

  private List<Hit> hits(List<Passage> passages) {
    Map<Integer, String> notes = new HashMap<>();
    for (Footnote f : article.footnotes()) {
      notes.put(f.n(), f.text());
    }
    List<Hit> out = new ArrayList<>(passages.size());
    for (Passage p : passages) {
      List<Hit.FootnoteRef> refs = new ArrayList<>();
      for (int n : p.refs()) {
        refs.add(new Hit.FootnoteRef(n, notes.getOrDefault(n, "")));
      }
      out.add(new Hit(p.id(), article.id(), article.title(), p.section(), p.kind(), 0, 0f, p.text(),
          List.of(), p.refs(), refs, p.links(), article.source(), p.appendix()));
    }
    return out;
  }
}
