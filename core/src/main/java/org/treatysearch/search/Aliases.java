package org.treatysearch.search;

import java.util.List;

/**
 * Variant names a query word stands for (斯大林 → 史達林, 史大林...): the word itself first, then the
 * other members of its group. The CLI backs it with the alias tables; the engine only expands.
 */
@FunctionalInterface
public interface Aliases {
  /** No expansion: every word stands for itself. */
  Aliases NONE = List::of;

  /** The word and its variants, the word first; just the word when it has none. */
  List<String> of(String word);
}
