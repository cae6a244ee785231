package org.treatysearch.output;

import java.time.LocalDate;
import java.util.List;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;

/**
 * What a citation of one article, passage or footnote says. {@code section} is the heading path
 * (empty for the lead, a footnote or a whole article); {@code footnote} the footnote's number or 0;
 * {@code url} the source anchored at the section; {@code accessed} the day the text was taken
 * from Wikipedia, or null when the corpus does not record it (none of the shipped files does:
 * their first line names the page, not the day).
 */
public record Citation(String id, String title, List<String> section, int footnote, String url, LocalDate accessed) {
  public static final String CONTAINER = "Wikipedia";
  public static final String AUTHOR = "Wikipedia contributors";
  public static final String LANGUAGE = "zh";

  public Citation {
    section = List.copyOf(section);
  }

  public static Citation of(Article a) {
    return new Citation(a.id(), a.title(), List.of(), 0, a.source(), null);
  }

  public static Citation of(Article a, Passage p) {
    return new Citation(p.id(), a.title(), p.section(), 0, SectionUrls.of(a, p), null);
  }

  public static Citation of(Article a, Footnote f) {
    return new Citation(f.id(), a.title(), List.of(), f.n(), SectionUrls.of(a, f), null);
  }

  /** Where in the article: {@code 批准 › 換文}, {@code footnote 3}, or empty for the lead and a whole article. */
  public String place() {
    return footnote > 0 ? "footnote " + footnote : String.join(" › ", section);
  }
}
