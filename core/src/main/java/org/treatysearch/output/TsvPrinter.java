package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import org.treatysearch.search.Hit;

/**
 * Tab-separated, no header: id, title, section (headings joined with {@code " > "}), score, text;
 * in batch mode the query comes first. Inside fields a backslash is written {@code \\}, a tab
 * {@code \t}, a newline {@code \n}, a carriage return {@code \r}: escaping the backslash too
 * keeps the encoding reversible.
 */
public final class TsvPrinter implements HitPrinter {
  private final Writer out;

  public TsvPrinter(Writer out) {
    this.out = out;
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    if (query != null) {
      field(query);
      out.write('\t');
    }
    field(hit.id());
    out.write('\t');
    field(hit.title());
    out.write('\t');
    field(String.join(" > ", hit.section()));
    out.write('\t');
    out.write(Scores.plain(hit.score()));
    out.write('\t');
    field(hit.text());
    out.write('\n');
  }

  /** The query, then the five hit columns empty: the same number of columns as a hit line, an empty id. */
  @Override
  public void noHits(String query) throws IOException {
    field(query);
    out.write("\t\t\t\t\t\n");
  }

  private void field(String value) throws IOException {
    out.write(escape(value));
  }

  /** The TSV field encoding described on the class. */
  public static String escape(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String rep = switch (c) {
        case '\\' -> "\\\\";
        case '\t' -> "\\t";
        case '\n' -> "\\n";
        case '\r' -> "\\r";
        default -> null;
      };
      if (rep != null && sb == null) {
        sb = new StringBuilder(value.length() + 8).append(value, 0, i);
      }
      if (sb != null) {
        if (rep != null) {
          sb.append(rep);
        } else {
          sb.append(c);
        }
      }
    }
    return sb == null ? value : sb.toString();
  }
}
