package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatysearch.search.Hit;

/**
 * Export as a document: one {@code #} heading per article with its source link, a {@code ##}
 * heading whenever the section path changes (headings joined with {@code " › "}; footnote hits
 * go under "Footnotes"), each passage as a {@code >} quote followed by its id (a code span) and the footnotes it
 * cites, and at the end an attribution line naming every article's source (CC BY-SA 4.0).
 * Expects hits in document order, as {@code export} delivers them.
 */
public final class MarkdownPrinter implements HitPrinter {
  static final String FOOTNOTES_HEADING = "Footnotes";

  private final Writer out;
  /** Source URL to title, one entry per article exported (not per passage): for the attribution. */
  private final Map<String, String> sources = new LinkedHashMap<>();
  private String article;
  private String section;

  public MarkdownPrinter(Writer out) {
    this.out = out;
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    if (!hit.article().equals(article)) {
      article = hit.article();
      section = null;
      sources.putIfAbsent(hit.source(), hit.title());
      out.write("# " + Markdown.escape(hit.title()) + "\n\n");
      out.write("Source: [" + Markdown.escape(hit.title()) + "](" + Markdown.destination(hit.source()) + ")\n\n");
    }
    String heading = "footnote".equals(hit.kind()) ? FOOTNOTES_HEADING : String.join(" › ", hit.section());
    if (!Objects.equals(heading, section)) {
      section = heading;
      if (!heading.isEmpty()) {
        out.write("## " + Markdown.escape(heading) + "\n\n");
      }
    }
    out.write("> " + Markdown.block(hit.text(), "> ") + "\n\n");
    out.write("— " + Markdown.code(hit.id()) + "\n\n");
    if (!hit.footnotes().isEmpty()) {
      for (Hit.FootnoteRef f : hit.footnotes()) {
        // Later lines of a footnote are indented into its list item.
        out.write("- [" + f.n() + "] " + Markdown.block(f.text(), "  ") + "\n");
      }
      out.write('\n');
    }
  }

  @Override
  public void finish() throws IOException {
    if (sources.isEmpty()) {
      return;
    }
    List<String> links = new ArrayList<>();
    sources.forEach((url, title) -> links.add("[" + Markdown.escape(title) + "](" + Markdown.destination(url) + ")"));
    out.write("---\n\n");
    out.write("Text from Wikipedia, the free encyclopedia, licensed under "
        + "[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/). Articles: "
        + String.join(", ", links) + ".\n");
  }
}
