package org.treatysearch.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredHit;

/** A {@link Hit} from what a passage or footnote document stores (read from an index or from Solr). */
public final class StoredHits {
  private StoredHits() {}

  public static Hit hit(Document doc, int rank, float score, List<Hit.Span> spans) {
    StoredHit extra = StoredHit.from(doc);
    List<Hit.FootnoteRef> notes = new ArrayList<>(extra.footnotes().size());
    for (StoredHit.Note note : extra.footnotes()) {
      notes.add(new Hit.FootnoteRef(note.n(), note.text()));
    }
    return new Hit(
        doc.get(IndexFields.ID),
        doc.get(IndexFields.ARTICLE),
        extra.title(),
        extra.section(),
        doc.get(IndexFields.KIND),
        rank,
        Float.isNaN(score) ? 0f : score,
        doc.get(IndexFields.TEXT),
        spans,
        extra.refs(),
        notes,
        extra.links(),
        extra.source(),
        doc.get(IndexFields.APPENDIX) != null,
        extra.dates());
  }
}
