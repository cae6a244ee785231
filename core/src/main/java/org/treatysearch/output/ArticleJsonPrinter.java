package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;

/**
 * {@code show --format json}: the article as parsed (SPEC §4): id, title, source, categories,
 * sections [{path, passages: [{id, kind, text, refs, links}]}], footnotes [{id, n, text, links}].
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
        gen.writeArrayFieldStart("passages");
        for (Passage p : s.passages()) {
          passageObject(gen, p, false);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayFieldStart("footnotes");
      for (Footnote f : a.footnotes()) {
        footnoteObject(gen, f);
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  public void passage(Passage p) throws IOException {
    try (JsonGenerator gen = generator()) {
      passageObject(gen, p, true);
    }
    out.write('\n');
  }

  public void footnote(Footnote f) throws IOException {
    try (JsonGenerator gen = generator()) {
      footnoteObject(gen, f);
    }
    out.write('\n');
  }

  private JsonGenerator generator() throws IOException {
    JsonGenerator gen = Json.generator(out);
    gen.setPrettyPrinter(new DefaultPrettyPrinter());
    return gen;
  }

  private static void passageObject(JsonGenerator gen, Passage p, boolean withSection) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", p.id());
    gen.writeStringField("kind", p.kind());
    if (withSection) {
      Json.stringArray(gen, "section", p.section());
    }
    gen.writeStringField("text", p.text());
    Json.intArray(gen, "refs", p.refs());
    Json.links(gen, "links", p.links());
    gen.writeEndObject();
  }

  private static void footnoteObject(JsonGenerator gen, Footnote f) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", f.id());
    gen.writeNumberField("n", f.n());
    gen.writeStringField("text", f.text());
    Json.links(gen, "links", f.links());
    gen.writeEndObject();
  }
}
