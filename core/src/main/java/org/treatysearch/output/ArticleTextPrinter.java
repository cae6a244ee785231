package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;

/** {@code show} for people: the article laid out as a document, every passage tagged with its id. */
public final class ArticleTextPrinter {
  private final Writer out;

  public ArticleTextPrinter(Writer out) {
    this.out = out;
  }

  public void article(Article a) throws IOException {
    out.write(a.title() + "\n");
    out.write(a.source() + "\n");
    if (!a.categories().isEmpty()) {
      out.write("categories: " + String.join(", ", a.categories()) + "\n");
    }
    for (Section s : a.sections()) {
      if (!s.path().isEmpty()) {
        out.write("\n" + "#".repeat(s.path().size() + 1) + " " + s.path().get(s.path().size() - 1) + "\n");
      }
      for (Passage p : s.passages()) {
        out.write("\n[" + p.id() + "] " + (Passage.PARAGRAPH.equals(p.kind()) ? "" : p.kind() + ": ")
            + p.text() + refs(p) + "\n");
      }
    }
    if (!a.footnotes().isEmpty()) {
      out.write("\nFootnotes\n");
      for (Footnote f : a.footnotes()) {
        out.write("[" + f.id() + "] " + f.n() + ". " + f.text() + "\n");
      }
    }
  }

  /**
   * One passage, citable: {@code TITLE › SECTION › SUB}, then {@code ID  KIND}, the text with its
   * footnote markers, the footnotes it cites that have text ({@code [n] text}), and its section's
   * Wikipedia URL.
   */
  public void passage(Article a, Passage p) throws IOException {
    out.write(a.title() + (p.section().isEmpty() ? "" : " › " + String.join(" › ", p.section())) + "\n");
    out.write(p.id() + "  " + p.kind() + "\n");
    out.write(p.text() + refs(p) + "\n");
    for (int n : p.refs().stream().distinct().toList()) {
      for (Footnote f : a.footnotes()) {
        if (f.n() == n && !f.text().isBlank()) {
          out.write("[" + n + "] " + f.text() + "\n");
        }
      }
    }
    out.write(SectionUrls.of(a, p) + "\n");
  }

  /** One footnote: {@code TITLE › footnote N}, its id, its text, the article's URL. */
  public void footnote(Article a, Footnote f) throws IOException {
    out.write(a.title() + " › footnote " + f.n() + "\n");
    out.write(f.id() + "  footnote " + f.n() + "\n");
    out.write(f.text() + "\n");
    out.write(SectionUrls.of(a, f) + "\n");
  }

  private static String refs(Passage p) {
    return p.refs().isEmpty() ? "" : " " + p.refs().stream().map(n -> "[" + n + "]").collect(Collectors.joining());
  }
}
