package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.treatysearch.corpus.Article;

/**
 * {@code stats} in text (an aligned table with a totals row) or json:
 * {@code {articles: [{id, title, sections, passages, footnotes, footnotesWithText,
 * links: {internal, external}, categories}], totals: {articles, sections, ..., categories}}}
 * where every count is a number and {@code totals.categories} counts distinct categories.
 */
public final class StatsPrinter {
  private final Writer out;

  public StatsPrinter(Writer out) {
    this.out = out;
  }

  public void json(List<Article> articles) throws IOException {
    List<ArticleStats> each = articles.stream().map(ArticleStats::of).toList();
    try (JsonGenerator gen = Json.generator(out)) {
      gen.setPrettyPrinter(new DefaultPrettyPrinter());
      gen.writeStartObject();
      gen.writeArrayFieldStart("articles");
      for (ArticleStats s : each) {
        gen.writeStartObject();
        gen.writeStringField("id", s.id());
        gen.writeStringField("title", s.title());
        counts(gen, s);
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeObjectFieldStart("totals");
      gen.writeNumberField("articles", each.size());
      counts(gen, ArticleStats.totals(articles, each));
      gen.writeEndObject();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  private static void counts(JsonGenerator gen, ArticleStats s) throws IOException {
    gen.writeNumberField("sections", s.sections());
    gen.writeNumberField("passages", s.passages());
    gen.writeNumberField("footnotes", s.footnotes());
    gen.writeNumberField("footnotesWithText", s.footnotesWithText());
    gen.writeObjectFieldStart("links");
    gen.writeNumberField("internal", s.internalLinks());
    gen.writeNumberField("external", s.externalLinks());
    gen.writeEndObject();
    gen.writeNumberField("categories", s.categories());
  }

  /** The text table's column headings; {@code links int/ext} is internal/external wikilinks. */
  static final List<String> HEADINGS =
      List.of("id", "sections", "passages", "footnotes", "with text", "links int/ext", "categories", "title");

  /**
   * An aligned table, one row per article and a totals row. Columns are padded by terminal
   * display width (CJK ids take two columns per character), numbers right-aligned, the title
   * last and unpadded.
   */
  public void text(List<Article> articles) throws IOException {
    List<ArticleStats> each = articles.stream().map(ArticleStats::of).toList();
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADINGS);
    for (ArticleStats s : each) {
      rows.add(cells(s.id(), s, s.title()));
    }
    rows.add(cells("total", ArticleStats.totals(articles, each), each.size() + " articles (distinct categories)"));
    int[] widths = new int[HEADINGS.size() - 1];
    for (List<String> row : rows) {
      for (int c = 0; c < widths.length; c++) {
        widths[c] = Math.max(widths[c], DisplayWidth.of(row.get(c)));
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder(DisplayWidth.pad(row.get(0), widths[0]));
      for (int c = 1; c < widths.length; c++) {
        line.append("  ").append(DisplayWidth.padLeft(row.get(c), widths[c]));
      }
      line.append("  ").append(row.get(widths.length));
      out.write(line.toString().stripTrailing() + "\n");
    }
  }

  private static List<String> cells(String id, ArticleStats s, String title) {
    return List.of(id, Long.toString(s.sections()), Long.toString(s.passages()), Long.toString(s.footnotes()),
        Long.toString(s.footnotesWithText()), s.internalLinks() + "/" + s.externalLinks(),
        Long.toString(s.categories()), title == null ? "" : title);
  }
}
