package org.treatysearch.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/**
 * Decoded stored documents by doc id, for one open reader (doc ids are stable while it is open),
 * like Solr's documentCache: the ranked searches of a batch keep finding the same passages, and
 * reading one back (LZ4 block, then ~20 stored fields into a {@link Hit}) was ~23% of a batch
 * query's CPU. Held as hits with rank 0, score 0 and no highlights; each search copies in its own.
 * Bounded like the other memos of a searcher (cleared when full).
 */
final class StoredHitCache {
  /** ~2 KB a passage: ~8 MB at most. */
  private static final int MAX_REMEMBERED = 4096;

  private final ConcurrentHashMap<Integer, Hit> hits = new ConcurrentHashMap<>();

  /** The document {@code doc} as a hit without rank, score and highlights. */
  Hit stored(StoredFields fields, int doc) throws IOException {
    Hit hit = hits.get(doc);
    if (hit == null) {
      hit = read(fields, doc);
      if (hits.size() >= MAX_REMEMBERED) {
        hits.clear();
      }
      hits.put(doc, hit);
    }
    return hit;
  }

  /** The document {@code doc} as a hit without rank, score and highlights, read afresh. */
  static Hit read(StoredFields fields, int doc) throws IOException {
    Document d = fields.document(doc);
    return StoredHits.hit(d, 0, 0f, List.of());
  }

  /** {@code stored} at {@code rank} with {@code score} and {@code spans}. */
  static Hit ranked(Hit stored, int rank, float score, List<Hit.Span> spans) {
    return new Hit(stored.id(), stored.article(), stored.title(), stored.section(), stored.kind(), rank,
        Float.isNaN(score) ? 0f : score, stored.text(), spans, stored.refs(), stored.footnotes(), stored.links(),
        stored.source(), stored.appendix(), stored.dates());
  }
}
