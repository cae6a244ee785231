package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;
import org.treatysearch.corpus.VariantGroup;
import org.treatysearch.corpus.dates.ArticleDates;
import org.treatysearch.corpus.dates.DateMention;

/**
 * {@code show --format json}: the article as parsed (SPEC §4): id, title, source, categories,
 * sections [{path, links, passages: [{id, kind, text, refs, links, appendix}]}], footnotes [{id, n,
 * text, links}], variants [{tag: text, …}] (one object per conversion rule, tags in written order);
 * passages and footnotes carry {@code dates} as in jsonl hits, computed here from the article (a
 * month-day takes its year from the passages before it in its section).
 * A single passage prints as in that array plus its {@code section} path (it has no section
 * object around it); a single footnote prints as in the footnotes array. Pretty-printed: the
 * output is read by people as often as by jq, which does not mind.
 */
public final class ArticleJsonPrinter {
  private final Writer out;

  public ArticleJsonPrinter(Writer out) {
    this.out = out;
  }

  public void article(Article a) throws IOException {
    Map<String, List<DateMention>> dates = ArticleDates.of(a);
    try (JsonGenerator gen = generator()) {
      gen.writeStartObject();
      gen.writeStringField("id", a.id());
      gen.writeStringField("title", a.title());
      gen.writeStringField("source", a.source());
      Json.stringArray(gen, "categories", a.categories());
      gen.writeArrayFieldStart("sections");
      for (Section s : a.sections()) {
        gen.writeStartObject();
        Json.stringArray(gen, "path", s.path());
        Json.links(gen, "links", s.links());
        gen.writeArrayFieldStart("passages");
        for (Passage p : s.passages()) {
          passageObject(gen, p, null, dates.getOrDefault(p.id(), List.of()));
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("footnotes");
      for (Footnote f : a.footnotes()) {
        footnoteObject(gen, f, null, dates.getOrDefault(f.id(), List.of()));
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("variants");
      for (VariantGroup g : a.variants()) {
        gen.writeStartObject();
        for (VariantGroup.Variant v : g.variants()) {
          gen.writeStringField(v.tag().tag(), v.text());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  /** One passage as in the sections array, plus its {@code section} path and {@code url} (anchored at the section). */
  public void passage(Article a, Passage p) throws IOException {
    try (JsonGenerator gen = generator()) {
      passageObject(gen, p, SectionUrls.of(a, p), ArticleDates.of(a).getOrDefault(p.id(), List.of()));
    }
    out.write('\n');
  }

  /** One footnote as in the footnotes array, plus the article's {@code url}. */
  public void footnote(Article a, Footnote f) throws IOException {
    try (JsonGenerator gen = generator()) {
      footnoteObject(gen, f, SectionUrls.of(a, f), ArticleDates.of(a).getOrDefault(f.id(), List.of()));
    }
    out.write('\n');
  }

  private JsonGenerator generator() throws IOException {
    JsonGenerator gen = Json.generator(out);
    gen.setPrettyPrinter(new DefaultPrettyPrinter());
    return gen;
  }

  /** {@code url} null: inside an article (no section key, no url); else a single passage. */
  private static void passageObject(JsonGenerator gen, Passage p, String url, List<DateMention> dates)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", p.id());
    gen.writeStringField("kind", p.kind());
    if (url != null) {
      Json.stringArray(gen, "section", p.section());
    }
    gen.writeStringField("text", p.text());
    Json.intArray(gen, "refs", p.refs());
    Json.links(gen, "links", p.links());
    gen.writeBooleanField("appendix", p.appendix());
    Json.dates(gen, "dates", dates);
    if (url != null) {
      gen.writeStringField("url", url);
    }
    gen.writeEndObject();
  }

  private static void footnoteObject(JsonGenerator gen, Footnote f, String url, List<DateMention> dates)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", f.id());
    gen.writeNumberField("n", f.n());
    gen.writeStringField("text", f.text());
    Json.links(gen, "links", f.links());
    Json.dates(gen, "dates", dates);
    if (url != null) {
      gen.writeStringField("url", url);
    }
    gen.writeEndObject();
  }
}
