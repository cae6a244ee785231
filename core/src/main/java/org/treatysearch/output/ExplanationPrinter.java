package org.treatysearch.output;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.treatysearch.search.Filters;
import org.treatysearch.search.QueryExplanation;

/**
 * {@code search --explain}: the query as read, then a line per positive word with its counts.
 * The counts come first and the word last, so the columns line up whatever the words' widths.
 */
public final class ExplanationPrinter {
  private final Writer out;

  public ExplanationPrinter(Writer out) {
    this.out = out;
  }

  public void print(QueryExplanation e, Filters filters) throws IOException {
    out.write("read as:  " + e.reading() + "\n");
    List<String> options = options(filters);
    if (!options.isEmpty()) {
      out.write("within:   " + String.join(" ", options) + "\n");
    }
    if (!e.words().isEmpty()) {
      out.write(String.format("%9s %9s  %s%n", "in text", "anywhere", "word (passages and footnotes; anywhere = text, headings or title)"));
      for (QueryExplanation.WordCount w : e.words()) {
        out.write(String.format("%9d %9d  %s%s%n", w.inText(), w.anywhere(), w.variant() ? "  = " : "", w.word()));
      }
    }
    List<String> nowhere = e.foundNowhere();
    if (!nowhere.isEmpty()) {
      out.write("in no passage text: " + String.join(", ", nowhere) + "\n");
    }
    out.write("hits:     " + e.hits() + "\n");
  }

  private static List<String> options(Filters f) {
    List<String> o = new ArrayList<>();
    if (f.article() != null) {
      o.add("--article " + f.article());
    }
    if (f.section() != null) {
      o.add("--section " + f.section());
    }
    if (f.kind() != null) {
      o.add("--kind " + f.kind());
    }
    if (f.noAppendix()) {
      o.add("--no-appendix");
    }
    return o;
  }
}
