package org.treatysearch.search;

import java.util.List;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.corpus.dates.DateMention;

/**
 * One search result: a passage or a footnote, with what every output format needs.
 * {@code highlights} and link offsets count code points of {@code text}. For a footnote,
 * {@code section} is the empty list and {@code refs}/{@code footnotes} are empty. {@code appendix}:
 * the passage is under an appendix heading (SPEC §2: See also, Notes, References...). {@code dates}
 * are the date expressions of {@code text}, in text order.
 */
public record Hit(
    String id,
    String article,
    String title,
    List<String> section,
    String kind,
    int rank,
    float score,
    String text,
    List<Span> highlights,
    List<Integer> refs,
    List<FootnoteRef> footnotes,
    List<WikiLink> links,
    String source,
    boolean appendix,
    List<DateMention> dates) {

  /** A hit that is not under an appendix heading, without dates (tests, older indexes). */
  public Hit(String id, String article, String title, List<String> section, String kind, int rank, float score,
      String text, List<Span> highlights, List<Integer> refs, List<FootnoteRef> footnotes, List<WikiLink> links,
      String source) {
    this(id, article, title, section, kind, rank, score, text, highlights, refs, footnotes, links, source, false);
  }

  /** A hit without dates. */
  public Hit(String id, String article, String title, List<String> section, String kind, int rank, float score,
      String text, List<Span> highlights, List<Integer> refs, List<FootnoteRef> footnotes, List<WikiLink> links,
      String source, boolean appendix) {
    this(id, article, title, section, kind, rank, score, text, highlights, refs, footnotes, links, source, appendix,
        List.of());
  }

  /** A highlighted range {@code [start, end)} in code points; serialized as {@code [start, end]}. */
  public record Span(int start, int end) {}

  /** A footnote a passage cites, resolved: serialized as {@code {n, text}}. */
  public record FootnoteRef(int n, String text) {}
}
