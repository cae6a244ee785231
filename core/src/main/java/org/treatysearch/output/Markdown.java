package org.treatysearch.output;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for text placed in Markdown, so article text never turns into markup. */
final class Markdown {
  /**
   * What starts a block when it opens a line: a list item ({@code -}, {@code +}, {@code 1.},
   * {@code 1)}) or a setext underline ({@code =}); {@code #}, {@code >}, {@code *}, fences and
   * HTML are escaped wherever they stand.
   */
  private static final Pattern BLOCK_START = Pattern.compile("^([ \\t]*)(?:([-+=])|(\\d{1,9})([.)]))");

  private Markdown() {}

  /** Inline escaping: markup characters and entity references ({@code &amp;}) stay literal. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|~&".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /**
   * Text for a block (a quote, a list item): escaped like {@link #escape}, a line start that would
   * open a list or underline a heading escaped too, each line after the first prefixed with
   * {@code continuation} (e.g. {@code "> "}) so it stays inside the block.
   */
  static String block(String s, String continuation) {
    String[] lines = s.split("\n", -1);
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        sb.append('\n').append(continuation);
      }
      String line = escape(lines[i]);
      Matcher m = BLOCK_START.matcher(line);
      if (m.find()) {
        int at = m.group(2) != null ? m.start(2) : m.start(4);
        line = line.substring(0, at) + '\\' + line.substring(at);
      }
      sb.append(line);
    }
    return sb.toString();
  }

  /** A code span holding {@code s} literally, whatever backticks it contains. */
  static String code(String s) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      run = s.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = longest > 0 ? " " : "";
    return fence + pad + s + pad + fence;
  }

  /** A link destination in angle brackets, which allows spaces and CJK as they are. */
  static String destination(String url) {
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
  }
}
