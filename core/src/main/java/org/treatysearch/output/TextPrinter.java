package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
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
  private final TextLayout layout;
  private String lastQuery;

  /** Highlights are drawn in colour only; a snippet is cut around the first one. */
  @Override
  public boolean usesHighlights() {
    return color || layout.maxColumns() > 0;
  }

  public TextPrinter(Writer out, boolean color) {
    this(out, color, TextLayout.WHOLE);
  }

  public TextPrinter(Writer out, boolean color, TextLayout layout) {
    this.out = out;
    this.color = color;
    this.layout = layout;
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    hit(hit, query, List.of(), List.of());
  }

  /** Context passages are drawn dim, each led by its passage number ({@code #N}). */
  @Override
  public void hit(Hit hit, String query, List<Hit> before, List<Hit> after) throws IOException {
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
    context(before);
    out.write(PassageText.render(hit.text(), hit.highlights(), color, "   ", null, layout) + "\n");
    for (Hit.FootnoteRef f : hit.footnotes()) {
      if (!f.text().isEmpty()) { // an empty footnote says nothing under a hit
        out.write(PassageText.render("[" + f.n() + "] " + f.text(), List.of(), color, "   ", Ansi.DIM, layout) + "\n");
      }
    }
    context(after);
    out.write('\n');
  }

  private void context(List<Hit> passages) throws IOException {
    for (Hit p : passages) {
      String text = p.id().substring(p.id().lastIndexOf('#')) + " " + p.text();
      out.write(PassageText.render(text, List.of(), color, "   ", Ansi.DIM, layout) + "\n");
    }
  }

  private String paint(String sgr, String s) {
    return color ? sgr + s + Ansi.RESET : s;
  }
}
