package org.treatysearch.output;

/**
 * The little of BibTeX that {@code cite --format bibtex} needs: keys, LaTeX-escaped values and
 * brace-safe URLs. (No BibTeX writer is on Maven Central in a form worth a dependency for five
 * fields; the escaping follows the LaTeX special characters, tested in CiteTest.)
 */
final class BibTex {
  private BibTex() {}

  /** A citation key: letters (CJK too, which biber reads), digits and {@code _-:.}; anything else, {@code #} included, becomes {@code -}. */
  static String key(String id) {
    StringBuilder b = new StringBuilder();
    id.codePoints().forEach(cp -> {
      if (Character.isLetterOrDigit(cp) || cp == '_' || cp == '-' || cp == ':' || cp == '.') {
        b.appendCodePoint(cp);
      } else {
        b.append('-');
      }
    });
    return b.toString();
  }

  /** LaTeX's ten special characters, escaped so a value prints as written. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\textbackslash{}");
        case '{', '}', '#', '%', '&', '$', '_' -> b.append('\\').append(c);
        case '^' -> b.append("\\^{}");
        case '~' -> b.append("\\~{}");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** biblatex reads {@code url} verbatim; only braces and backslashes could break the entry, so they are percent-encoded. */
  static String url(String url) {
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D");
  }
}
