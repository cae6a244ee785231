package org.treatysearch.corpus;

import java.util.regex.Pattern;

/**
 * Pre-parse rewrites of MediaWiki leftovers that CommonMark would otherwise misread or keep:
 * language-conversion markup {@code -{X}-} (kept as X, also inside link text so the
 * swallowed-link repair sees the real words), the clearing template {@code {{-}}}, and footnote
 * markers (see {@link FootnoteMarkers}). None of these can span lines in the corpus, and each
 * pattern is linear so a 10 MB line stays cheap.
 */
final class WikiResidue {
  private static final Pattern CONVERSION = Pattern.compile("-\\{([^{}\\n]*)\\}-");
  private static final Pattern CLEAR_TEMPLATE = Pattern.compile("\\{\\{-\\}\\}");

  private WikiResidue() {}

  static String rewrite(String markdown) {
    String s = markdown;
    if (s.contains("-{")) {
      s = CONVERSION.matcher(s).replaceAll("$1");
    }
    if (s.contains("{{-}}")) {
      s = CLEAR_TEMPLATE.matcher(s).replaceAll("");
    }
    return FootnoteMarkers.encode(s);
  }
}
