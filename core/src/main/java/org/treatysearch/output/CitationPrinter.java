package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code cite} in three formats. <b>text</b>: one line per item, {@code TITLE › SECTION. Wikipedia.
 * Retrieved DAY. URL} (the URL last, so it can be copied whole; "Retrieved" only when the day is
 * known). <b>csl-json</b>: a CSL-JSON array (what Zotero and pandoc read) of
 * {@code entry-encyclopedia} items. <b>bibtex</b>: one {@code @misc} entry per item.
 */
public final class CitationPrinter {
  private final Writer out;

  public CitationPrinter(Writer out) {
    this.out = out;
  }

  public void print(CitationFormat format, List<Citation> citations) throws IOException {
    switch (format) {
      case TEXT -> text(citations);
      case CSL_JSON -> cslJson(citations);
      case BIBTEX -> bibtex(citations);
    }
  }

  public void text(List<Citation> citations) throws IOException {
    for (Citation c : citations) {
      String place = c.place();
      out.write((place.isEmpty() ? c.title() : c.title() + " › " + place) + ". " + Citation.CONTAINER + ". "
          + (c.accessed() == null ? "" : "Retrieved " + c.accessed() + ". ") + c.url() + "\n");
    }
  }

  /**
   * Keys as the CSL-JSON schema names them: {@code id} (the item id), {@code type}, {@code title}
   * (the article), {@code section} (where in it, when not the lead), {@code container-title},
   * {@code author} (a literal name, as Wikipedia's own "cite this page" gives), {@code URL},
   * {@code language}, and {@code accessed} as date-parts when known.
   */
  public void cslJson(List<Citation> citations) throws IOException {
    try (JsonGenerator gen = Json.generator(out)) {
      gen.setPrettyPrinter(new DefaultPrettyPrinter());
      gen.writeStartArray();
      for (Citation c : citations) {
        gen.writeStartObject();
        gen.writeStringField("id", c.id());
        gen.writeStringField("type", "entry-encyclopedia");
        gen.writeStringField("title", c.title());
        if (!c.place().isEmpty()) {
          gen.writeStringField("section", c.place());
        }
        gen.writeStringField("container-title", Citation.CONTAINER);
        gen.writeArrayFieldStart("author");
        gen.writeStartObject();
        gen.writeStringField("literal", Citation.AUTHOR);
        gen.writeEndObject();
        gen.writeEndArray();
        gen.writeStringField("URL", c.url());
        gen.writeStringField("language", Citation.LANGUAGE);
        if (c.accessed() != null) {
          gen.writeObjectFieldStart("accessed");
          gen.writeArrayFieldStart("date-parts");
          gen.writeArray(new int[] {c.accessed().getYear(), c.accessed().getMonthValue(), c.accessed().getDayOfMonth()}, 0, 3);
          gen.writeEndArray();
          gen.writeEndObject();
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }
    out.write('\n');
  }

  /** One {@code @misc} entry per item, a blank line between them; values are braced and LaTeX-escaped. */
  public void bibtex(List<Citation> citations) throws IOException {
    boolean first = true;
    for (Citation c : citations) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      out.write("@misc{" + BibTex.key(c.id()) + ",\n");
      field("author", "{" + BibTex.escape(Citation.AUTHOR) + "}");
      field("title", BibTex.escape(c.title()));
      field("howpublished", Citation.CONTAINER);
      if (!c.place().isEmpty()) {
        field("note", BibTex.escape(c.place()));
      }
      field("url", BibTex.url(c.url()));
      if (c.accessed() != null) {
        field("urldate", c.accessed().toString());
      }
      field("language", Citation.LANGUAGE);
      out.write("}\n");
    }
  }

  private void field(String name, String value) throws IOException {
    out.write("  " + name + " = {" + value + "},\n");
  }
}
