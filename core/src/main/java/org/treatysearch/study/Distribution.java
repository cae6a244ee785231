package org.treatysearch.study;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.search.ArticleStore;
import org.treatysearch.search.Hit;

/**
 * Where the matches fall: per article or per section, the matching passages, the occurrences, the
 * size of the text they are in and a dispersion strip. Hits must come in document order (as
 * {@code export} gives them): one article's model and its rows are held at a time, and each
 * article's rows go out when the next article starts, so memory does not grow with the corpus.
 */
public final class Distribution {
  /** Resolution of the dispersion strip; printers scale it down to the room they have. */
  public static final int STRIP_CELLS = 240;
  /** The section path footnotes are counted under with {@code --by section} (they have no heading). */
  public static final List<String> FOOTNOTES = List.of("Footnotes");

  public enum By {
    ARTICLE, SECTION;

    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static By of(String name) {
      for (By b : values()) {
        if (b.key().equals(name)) {
          return b;
        }
      }
      throw new IllegalArgumentException("unknown grouping '" + name + "'");
    }
  }

  private static final class Acc {
    final String article;
    final String title;
    final List<String> section;
    final long chars;
    long passages;
    long matches;
    final int[] strip = new int[STRIP_CELLS];

    Acc(String article, String title, List<String> section, long chars) {
      this.article = article;
      this.title = title;
      this.section = section;
      this.chars = chars;
    }
  }

  /** Where finished rows go, in document order. */
  public interface Rows {
    void row(DistRow row) throws IOException;
  }

  private final ArticleStore store;
  private final By by;
  private final Rows out;
  /**
   * The current article's rows only: hits come in document order, so an article's rows are
   * final when the next article starts. Each row holds a {@value #STRIP_CELLS}-cell strip (~1 KB):
   * holding every row, dist of 条约 on the 1 GB corpus (55,188 matching articles) did not fit in
   * a 64 MB heap.
   */
  private final Map<List<String>, Acc> rows = new LinkedHashMap<>();
  private long written;
  private String current;
  /** Of the current article: where each passage's text starts in the article's text, by id. */
  private final Map<String, Long> offsets = new HashMap<>();
  private final Map<List<String>, Long> sectionChars = new HashMap<>();
  private long articleChars;

  /** @param out receives each row once its article is done, in document order */
  public Distribution(ArticleStore store, By by, Rows out) {
    this.store = store;
    this.by = by;
    this.out = out;
  }

  public void add(Hit hit) throws IOException {
    List<Hit.Span> spans = Occurrences.of(hit);
    if (spans.isEmpty()) {
      return;
    }
    if (!hit.article().equals(current)) {
      flush();
      load(hit.article());
    }
    boolean footnote = Footnote.KIND.equals(hit.kind());
    List<String> section = footnote ? FOOTNOTES : hit.section();
    List<String> key = by == By.ARTICLE ? List.of(hit.article()) : withArticle(hit.article(), section);
    Acc acc = rows.computeIfAbsent(key, k -> new Acc(hit.article(), hit.title(),
        by == By.ARTICLE ? List.of() : section, by == By.ARTICLE ? articleChars : sectionChars.getOrDefault(section, 0L)));
    acc.passages++;
    acc.matches += spans.size();
    long at = offsets.getOrDefault(hit.id(), 0L);
    for (Hit.Span s : spans) {
      int cell = articleChars == 0 ? 0 : (int) Math.min(STRIP_CELLS - 1, (at + s.start()) * STRIP_CELLS / articleChars);
      acc.strip[cell]++;
    }
  }

  /** Writes the last article's rows; returns how many rows were written in all. */
  public long finish() throws IOException {
    flush();
    return written;
  }

  /** The current article's rows, in the order its sections first matched. */
  private void flush() throws IOException {
    for (Acc a : rows.values()) {
      out.row(new DistRow(a.article, a.title, a.section, a.passages, a.matches, a.chars, a.strip));
      written++;
    }
    rows.clear();
  }

  private static List<String> withArticle(String article, List<String> section) {
    List<String> key = new ArrayList<>(section.size() + 1);
    key.add(article);
    key.addAll(section);
    return key;
  }

  private void load(String id) throws IOException {
    current = id;
    offsets.clear();
    sectionChars.clear();
    articleChars = 0;
    Article article = store.article(id).orElse(null);
    if (article == null) {
      return; // cannot happen for a hit of this index; the row then has no size
    }
    for (Passage p : (Iterable<Passage>) article.passages()::iterator) {
      long n = p.text().codePointCount(0, p.text().length());
      offsets.put(p.id(), articleChars);
      sectionChars.merge(p.section(), n, Long::sum);
      articleChars += n;
    }
    for (Footnote f : article.footnotes()) {
      long n = f.text().codePointCount(0, f.text().length());
      offsets.put(f.id(), articleChars);
      sectionChars.merge(FOOTNOTES, n, Long::sum);
      articleChars += n;
    }
  }
}
