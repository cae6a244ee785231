package org.treatysearch.corpus;

import java.util.List;

/** The cleaned display text of one passage or footnote, with its refs and wikilinks. */
record Fragment(String text, List<Integer> refs, List<WikiLink> links) {
  static Fragment of(InlineCollector collected) {
    List<Integer> refs = DisplayTextCleaner.clean(collected.text);
    List<WikiLink> links = LinkSpans.of(collected.text, collected.links);
    return new Fragment(collected.text.text(), refs, links);
  }

  boolean isEmpty() {
    return text.isEmpty();
  }
}
