package org.treatysearch.corpus;

import java.util.List;
import java.util.stream.Stream;

/**
 * One corpus file, parsed. {@code sections} starts with the lead (path {@code []}), then one
 * section per heading in document order; {@code footnotes} is the trailing numbered list;
 * {@code variants} holds each distinct language-conversion rule with variants, in first-seen order.
 */
public record Article(
    String id,
    String title,
    String source,
    List<String> categories,
    List<Section> sections,
    List<Footnote> footnotes,
    List<VariantGroup> variants) {

  public Article {
    categories = List.copyOf(categories);
    sections = List.copyOf(sections);
    footnotes = List.copyOf(footnotes);
    variants = List.copyOf(variants);
  }

  /** An article without conversion rules. */
  public Article(
      String id, String title, String source, List<String> categories, List<Section> sections, List<Footnote> footnotes) {
    this(id, title, source, categories, sections, footnotes, List.of());
  }

  /** Every passage of every section, in document order (numbered 1..N). */
  public Stream<Passage> passages() {
    return sections.stream().flatMap(s -> s.passages().stream());
  }
}
