package org.treatysearch.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The visible text of a raw HTML block, as Markdown chunks the inline pipeline can take. A table
 * yields one chunk per row (cells separated by a space), so each row becomes one passage instead of
 * one giant run-on passage; any other block yields one chunk. Tags and comments vanish, their
 * content stays; {@code <a href=… title="wikilink">} is kept for {@link InlineCollector}, which
 * turns it into a wikilink. Everything here is linear: no backtracking over unterminated tags.
 */
final class HtmlBlockText {
  private static final Pattern ROW_END = Pattern.compile("(?i)</tr\\s*>");
  private static final Pattern CELL_END =
      Pattern.compile("(?i)</(?:td|th|p|li|div|dd|dt|caption|h[1-6])\\s*>|<br\\s*/?>");
  private static final Pattern TAG_LINE_BREAK = Pattern.compile(">[ \\t]*\\n[ \\t]*");
  private static final Pattern TAG = Pattern.compile("<(?!a[\\s>]|/a\\s*>)[a-zA-Z/!?][^<>]{0,4000}>");

  private HtmlBlockText() {}

  static List<String> chunks(String html) {
    String text = withoutComments(html);
    List<String> chunks = new ArrayList<>();
    for (String row : ROW_END.split(text)) {
      // line breaks between tags are layout, not text; a cell end is a real space
      String s = TAG_LINE_BREAK.matcher(row).replaceAll(">");
      s = CELL_END.matcher(s).replaceAll(" ");
      s = TAG.matcher(s).replaceAll("");
      if (!s.isBlank()) {
        chunks.add(s);
      }
    }
    return chunks;
  }

  /** Drops {@code <!-- … -->}; an unterminated comment hides the rest, as in a browser. */
  static String withoutComments(String s) {
    int open = s.indexOf("<!--");
    if (open < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    int from = 0;
    while (open >= 0) {
      sb.append(s, from, open);
      int close = s.indexOf("-->", open + 4);
      if (close < 0) {
        return sb.toString();
      }
      from = close + 3;
      open = s.indexOf("<!--", from);
    }
    return sb.append(s, from, s.length()).toString();
  }
}
