package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
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

  public void text(List<Article> articles) throws IOException {
    List<ArticleStats> each = articles.stream().map(ArticleStats::of).toList();
    int idWidth = Math.max("total".length(), each.stream().mapToInt(s -> s.id().length()).max().orElse(0));
    String row = "%-" + idWidth + "s %8s %8s %9s %9s %8s %8s %10s  %s\n";
    out.write(String.format(row, "id", "sections", "passages", "footnotes", "with text", "internal", "external",
        "categories", "title"));
    for (ArticleStats s : each) {
      out.write(String.format(row, s.id(), s.sections(), s.passages(), s.footnotes(), s.footnotesWithText(),
          s.internalLinks(), s.externalLinks(), s.categories(), s.title()));
    }
    ArticleStats t = ArticleStats.totals(articles, each);
    out.write(String.format(row, "total", t.sections(), t.passages(), t.footnotes(), t.footnotesWithText(),
        t.internalLinks(), t.externalLinks(), t.categories(), each.size() + " articles (distinct categories)"));
  }
}
