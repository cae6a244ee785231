package org.treatysearch.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** A {@link RowSink} writing one JSON object per row per line, its fields written by {@code fields}. */
final class JsonRows {
  interface Fields<T> {
    void write(JsonGenerator gen, T row) throws IOException;
  }

  private JsonRows() {}

  static <T> RowSink<T> of(Writer out, Fields<T> fields) {
    JsonGenerator gen;
    try {
      gen = Json.generator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // creating a generator over a Writer does no I/O
    }
    return row -> {
      gen.writeStartObject();
      fields.write(gen, row);
      gen.writeEndObject();
      gen.flush(); // into the caller's buffered writer, before the newline
      out.write('\n');
    };
  }
}
