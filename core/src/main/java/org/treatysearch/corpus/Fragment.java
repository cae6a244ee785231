package org.treatysearch.corpus;

import java.util.ArrayList;
import java.util.List;

/** The cleaned display text of one passage or footnote, with its refs and wikilinks. */
record Fragment(String text, List<Integer> refs, List<WikiLink> links) {
  static final Fragment EMPTY = new Fragment("", List.of(), List.of());

  static Fragment of(InlineCollector collected) {
    List<Integer> refs = DisplayTextCleaner.clean(collected.text);
    List<WikiLink> links = LinkSpans.of(collected.text, collected.links);
    return new Fragment(collected.text.text(), refs, links);
  }

  /**
   * The non-empty parts joined by {@code separator} (a table row's cells): refs in order, link
   * offsets moved to where each part now stands. An empty cell adds no separator.
   */
  static Fragment join(List<Fragment> parts, String separator) {
    StringBuilder text = new StringBuilder();
    List<Integer> refs = new ArrayList<>();
    List<WikiLink> links = new ArrayList<>();
    int sepLength = separator.codePointCount(0, separator.length());
    int at = 0;
    for (Fragment p : parts) {
      refs.addAll(p.refs());
      if (p.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append(separator);
        at += sepLength;
      }
      for (WikiLink l : p.links()) {
        links.add(new WikiLink(l.target(), l.anchor(), l.text(), l.internal(), l.start() + at, l.end() + at));
      }
      text.append(p.text());
      at += p.text().codePointCount(0, p.text().length());
    }
    return new Fragment(text.toString(), refs, links);
  }

  /** This fragment with {@code first} cited before its own refs (a heading's markers). */
  Fragment withLeadingRefs(List<Integer> first) {
    if (first.isEmpty()) {
      return this;
    }
    List<Integer> all = new ArrayList<>(first);
    all.addAll(refs);
    return new Fragment(text, all, links);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}
