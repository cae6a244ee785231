package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysearch.corpus.dates.DateMention;
import org.treatysearch.search.Hit;

/**
 * One JSON object per hit per line, keys in the order of SPEC §4: id, article, title, section,
 * kind, rank, score, text, highlights, refs, footnotes, links, source, appendix, dates ([{date,
 * expression, start, end}]). In batch mode {@code query}
 * comes first, so a line says what it answers before what it found.
 */
public final class JsonlPrinter implements HitPrinter {
  private final Writer out;
  private final JsonGenerator gen;

  public JsonlPrinter(Writer out) {
    this.out = out;
    try {
      this.gen = Json.generator(out);
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a JSON generator", e);
    }
  }

  @Override
  public boolean usesHighlights() {
    return true;
  }

  /** {@code {"query": …, "hits": 0}}: a line that has no {@code id}, so readers of hits can skip it. */
  @Override
  public void noHits(String query) throws IOException {
    gen.writeStartObject();
    gen.writeStringField("query", query);
    gen.writeNumberField("hits", 0);
    gen.writeEndObject();
    gen.flush();
    out.write('\n');
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    write(hit, query, false, null);
  }

  /** A timeline entry: {@code date} and {@code expression} of one of the hit's dates, then the hit's keys. */
  public void dated(Hit hit, DateMention date) throws IOException {
    write(hit, null, false, date);
  }

  /**
   * The context passages are objects of their own, in document order around the hit, with
   * {@code "context": true} after {@code kind} and no rank, score or highlights.
   */
  @Override
  public void hit(Hit hit, String query, List<Hit> before, List<Hit> after) throws IOException {
    for (Hit c : before) {
      write(c, query, true, null);
    }
    write(hit, query, false, null);
    for (Hit c : after) {
      write(c, query, true, null);
    }
  }

  private void write(Hit hit, String query, boolean context, DateMention dated) throws IOException {
    gen.writeStartObject();
    if (query != null) {
      gen.writeStringField("query", query);
    }
    if (dated != null) {
      gen.writeStringField("date", dated.date());
      gen.writeStringField("expression", dated.expression());
    }
    gen.writeStringField("id", hit.id());
    gen.writeStringField("article", hit.article());
    gen.writeStringField("title", hit.title());
    Json.stringArray(gen, "section", hit.section());
    gen.writeStringField("kind", hit.kind());
    if (context) {
      gen.writeBooleanField("context", true);
    } else {
      gen.writeNumberField("rank", hit.rank());
      gen.writeNumberField("score", hit.score());
    }
    gen.writeStringField("text", hit.text());
    if (!context) {
      gen.writeArrayFieldStart("highlights");
      for (Hit.Span s : hit.highlights()) {
        gen.writeStartArray();
        gen.writeNumber(s.start());
        gen.writeNumber(s.end());
        gen.writeEndArray();
      }
      gen.writeEndArray();
    }
    Json.intArray(gen, "refs", hit.refs());
    gen.writeArrayFieldStart("footnotes");
    for (Hit.FootnoteRef f : hit.footnotes()) {
      gen.writeStartObject();
      gen.writeNumberField("n", f.n());
      gen.writeStringField("text", f.text());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    Json.links(gen, "links", hit.links());
    gen.writeStringField("source", hit.source());
    gen.writeBooleanField("appendix", hit.appendix());
    Json.dates(gen, "dates", hit.dates());
    gen.writeEndObject();
    // The generator buffers on its own: flush it into the caller's (buffered) writer before the newline.
    gen.flush();
    out.write('\n');
  }
}
