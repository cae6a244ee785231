package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import org.treatysearch.search.Hit;

/**
 * For people: a header line per hit (rank, title › section path, id, score), the text indented
 * under it with matches highlighted, then the footnotes it cites, and a blank line between hits.
 * Without colour the text is printed as is: no substitute markers that a reader might take for
 * part of the article.
 */
public final class TextPrinter implements HitPrinter {
  private final Writer out;
  private final boolean color;
  private String lastQuery;

  /** Highlights are drawn in colour only. */
  @Override
  public boolean usesHighlights() {
    return color;
  }

  public TextPrinter(Writer out, boolean color) {
    this.out = out;
    this.color = color;
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    if (query != null && !query.equals(lastQuery)) {
      out.write(paint(Ansi.TITLE, "query: " + query) + "\n\n");
      lastQuery = query;
    }
    StringBuilder where = new StringBuilder(hit.title());
    for (String heading : hit.section()) {
      where.append(" › ").append(heading);
    }
    out.write(hit.rank() + ". " + paint(Ansi.TITLE, where.toString()) + "  " + paint(Ansi.ID, hit.id())
        + "  " + paint(Ansi.DIM, String.format(Locale.ROOT, "%.2f", hit.score())) + "\n");
    String text = color ? Highlights.mark(hit.text(), hit.highlights(), Ansi.MATCH, Ansi.RESET) : hit.text();
    out.write("   " + text.replace("\n", "\n   ") + "\n");
    for (Hit.FootnoteRef f : hit.footnotes()) {
      out.write("   " + paint(Ansi.DIM, "[" + f.n() + "] " + f.text()) + "\n");
    }
    out.write('\n');
  }

  private String paint(String sgr, String s) {
    return color ? sgr + s + Ansi.RESET : s;
  }
}
