package org.treatysearch.cli;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

/**
 * A batch's answers by query text, so a line that repeats an earlier query is answered without
 * searching again (like Solr's queryResultCache; one run, one index, the same options, so the
 * answer is the same): 1,426 of the benchmark's 10,000 generated queries are repeats. Safe to
 * share between the workers; two workers asking the same new query at once both search.
 * Bounded by the hits held, so a batch with a large -n does not keep them all.
 *
 * @param <A> one query's answer
 */
final class RepeatedQueries<A> {
  /** Hits held at most (~150 bytes each besides the texts they share with the searcher). */
  static final long MAX_HITS = 20_000;

  interface Search<A> {
    A run() throws IOException;
  }

  private final ConcurrentHashMap<String, A> answers = new ConcurrentHashMap<>();
  private final AtomicLong held = new AtomicLong();

  /** The remembered answer to {@code query}, else {@code search}'s, remembered with its {@code size} in hits. */
  A answer(String query, Search<A> search, ToIntFunction<A> size) throws IOException {
    A known = answers.get(query);
    if (known != null) {
      return known;
    }
    A fresh = search.run();
    int hits = Math.max(1, size.applyAsInt(fresh));
    if (held.addAndGet(hits) > MAX_HITS) {
      answers.clear();
      held.set(hits);
    }
    answers.put(query, fresh);
    return fresh;
  }
}
