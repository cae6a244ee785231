package org.treatysearch.corpus;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Pre-parse rewrites of MediaWiki leftovers that CommonMark would otherwise misread or keep:
 * language-conversion markup (see {@link ConversionRules}; resolved here, also inside link text,
 * so the swallowed-link repair sees the real words), the clearing template {@code {{-}}}, and
 * footnote markers (see {@link FootnoteMarkers}), and image-caption closers: the converter writes
 * the {@code ]]} that ends a {@code [[File:…|caption]]} as the escaped pair {@code \]\]} after the
 * caption (in 10 of 12 further export articles), never seen by a reader; only that escaped form
 * is removed, before {@link NestingLimiter} (which escapes brackets of its own) and never the
 * {@code \]} that closes a footnote marker. None of these can span lines in the corpus, and
 * each pattern is linear so a 10 MB line stays cheap.
 */
final class WikiResidue {
  private static final Pattern CLEAR_TEMPLATE = Pattern.compile("\\{\\{-\\}\\}");
  private static final Pattern CAPTION_CLOSER = Pattern.compile("(?<!\\\\\\[\\d{1,6})(?:\\\\\\]){2,}+");

  private WikiResidue() {}

  /** The rewritten Markdown and the article's conversion-rule variants. */
  record Rewritten(String markdown, List<VariantGroup> variants) {}

  static Rewritten rewrite(String markdown) {
    ConversionRules.Resolved resolved = ConversionRules.resolve(markdown);
    String s = resolved.markdown();
    if (s.contains("{{-}}")) {
      s = CLEAR_TEMPLATE.matcher(s).replaceAll("");
    }
    return new Rewritten(FootnoteMarkers.encode(s), resolved.variants());
  }

  /** The source without the escaped caption closers; runs before anything else looks at brackets. */
  static String withoutCaptionClosers(String markdown) {
    return markdown.contains("\\]\\]") ? CAPTION_CLOSER.matcher(markdown).replaceAll("") : markdown;
  }
}
