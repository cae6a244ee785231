package org.treatysearch.output;

/** Escaping for text placed in Markdown, so article text never turns into markup. */
final class Markdown {
  private Markdown() {}

  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\`*_[]<>#|~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** A link destination in angle brackets, which allows spaces and CJK as they are. */
  static String destination(String url) {
    return "<" + url.replace("<", "%3C").replace(">", "%3E") + ">";
  }
}
