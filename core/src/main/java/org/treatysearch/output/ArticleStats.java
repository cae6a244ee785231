package org.treatysearch.output;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.WikiLink;

/**
 * The counts {@code stats} reports for one article. {@code sections} counts the lead too, so it
 * equals the length of {@code show --format json}'s sections array; links are counted in
 * passages and footnotes alike.
 */
public record ArticleStats(
    String id, String title, int sections, long passages, int footnotes, long footnotesWithText,
    long internalLinks, long externalLinks, int categories) {

  public static ArticleStats of(Article a) {
    List<WikiLink> links = Stream.concat(
            a.passages().flatMap(p -> p.links().stream()),
            a.footnotes().stream().flatMap(f -> f.links().stream()))
        .toList();
    long internal = links.stream().filter(WikiLink::internal).count();
    return new ArticleStats(a.id(), a.title(), a.sections().size(), a.passages().count(),
        a.footnotes().size(), a.footnotes().stream().map(Footnote::text).filter(t -> !t.isBlank()).count(),
        internal, links.size() - internal, a.categories().size());
  }

  /**
   * Sums over articles; {@code categories} is the number of distinct categories (a category
   * shared by two articles is one category); {@code id} and {@code title} are null.
   */
  public static ArticleStats totals(Collection<Article> articles, List<ArticleStats> each) {
    Set<String> categories = new LinkedHashSet<>();
    articles.forEach(a -> categories.addAll(a.categories()));
    return new ArticleStats(null, null,
        each.stream().mapToInt(ArticleStats::sections).sum(),
        each.stream().mapToLong(ArticleStats::passages).sum(),
        each.stream().mapToInt(ArticleStats::footnotes).sum(),
        each.stream().mapToLong(ArticleStats::footnotesWithText).sum(),
        each.stream().mapToLong(ArticleStats::internalLinks).sum(),
        each.stream().mapToLong(ArticleStats::externalLinks).sum(),
        categories.size());
  }
}
