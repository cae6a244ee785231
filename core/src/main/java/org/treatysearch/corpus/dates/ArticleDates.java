package org.treatysearch.corpus.dates;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;

/**
 * The dates of an article, per passage id (and footnote id). A month-day form ({@code 8月14日})
 * takes its year from the nearest dated mention before it in the same section: the context runs
 * through a section's passages in order and starts afresh at each heading (a heading usually
 * changes the subject, and its first dates state their year). Footnotes stand alone.
 */
public final class ArticleDates {
  private ArticleDates() {}

  /** Passage and footnote ids in document order, each with its mentions (possibly none). */
  public static Map<String, List<DateMention>> of(Article article) {
    Map<String, List<DateMention>> dates = new LinkedHashMap<>();
    for (Section s : article.sections()) {
      DateExtractor.Context context = null;
      for (Passage p : s.passages()) {
        DateExtractor.Result r = DateExtractor.find(p.text(), context);
        dates.put(p.id(), r.mentions());
        context = r.context();
      }
    }
    for (Footnote f : article.footnotes()) {
      dates.put(f.id(), DateExtractor.find(f.text()));
    }
    return dates;
  }
}
