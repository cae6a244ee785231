package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.corpus.dates.DateMention;

/**
 * Shared JSON writing. Streaming generators rather than an ObjectMapper: the key order is the
 * contract, and databind's reflective set-up would cost start-up time on every command.
 */
final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** A generator that leaves {@code out} open and writes no separator between root values. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator gen = FACTORY.createGenerator(out);
    gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    gen.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    gen.setRootValueSeparator(null);
    return gen;
  }

  static void intArray(JsonGenerator gen, String name, List<Integer> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (int v : values) {
      gen.writeNumber(v);
    }
    gen.writeEndArray();
  }

  static void stringArray(JsonGenerator gen, String name, List<String> values) throws IOException {
    gen.writeArrayFieldStart(name);
    for (String v : values) {
      gen.writeString(v);
    }
    gen.writeEndArray();
  }

  /** {@code [{date, expression, start, end}]}: ISO date as precise as the text, offsets in code points. */
  static void dates(JsonGenerator gen, String name, List<DateMention> dates) throws IOException {
    gen.writeArrayFieldStart(name);
    for (DateMention d : dates) {
      gen.writeStartObject();
      gen.writeStringField("date", d.date());
      gen.writeStringField("expression", d.expression());
      gen.writeNumberField("start", d.start());
      gen.writeNumberField("end", d.end());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }

  /** {@code {target, anchor?, text, internal, start, end}}; {@code anchor} only when the link has one. */
  static void links(JsonGenerator gen, String name, List<WikiLink> links) throws IOException {
    gen.writeArrayFieldStart(name);
    for (WikiLink l : links) {
      gen.writeStartObject();
      gen.writeStringField("target", l.target());
      if (l.anchor() != null) {
        gen.writeStringField("anchor", l.anchor());
      }
      gen.writeStringField("text", l.text());
      gen.writeBooleanField("internal", l.internal());
      gen.writeNumberField("start", l.start());
      gen.writeNumberField("end", l.end());
      gen.writeEndObject();
    }
    gen.writeEndArray();
  }
}
