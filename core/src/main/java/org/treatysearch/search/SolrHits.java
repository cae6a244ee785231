package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexReader;
import org.apache.solr.common.SolrDocument;
import org.treatysearch.index.IndexFields;

/**
 * {@link Hit}s from the documents a Solr search of the treaty configset returned, highlighted as
 * the embedded search highlights ({@link TextHighlights}): one conversion for both front ends, the
 * CLI's Solr client ({@code org.treatysearch.solr.SolrSearcher}) and the plugin's response writer
 * ({@code wt=treaty}), so the two cannot print a hit differently.
 */
public final class SolrHits {
  /** The stored fields a passage or footnote is rebuilt from (as a hit, or into its article). */
  public static final List<String> STORED = List.of(IndexFields.ID, IndexFields.ARTICLE, IndexFields.KIND,
      IndexFields.TEXT, IndexFields.APPENDIX, "stored.*");
  /** {@link #STORED} and the score: the {@code fl} of a request whose documents become hits. */
  public static final List<String> FIELDS = Stream.concat(STORED.stream(), Stream.of("score")).toList();
  /** The embedded ranking: score, ties in document order (TreatySearcher's RELEVANCE). */
  public static final String RELEVANCE = "score desc," + IndexFields.ARTICLE + " asc," + IndexFields.SEQ + " asc";

  private SolrHits() {}

  /**
   * What the highlights are computed from.
   *
   * @param vocabulary the words the query was split into ({@link TreatyQueries#vocabulary}, or an index that holds them)
   */
  public record Highlighting(IndexReader vocabulary, String query, Aliases aliases) {}

  /** A returned document's stored fields and its score (NaN: none). */
  public record Scored(Document stored, float score) {}

  /**
   * @param docs the documents of a response in rank order, with the fields of {@link #FIELDS}
   * @param firstRank the rank of the first document (the request's start + 1)
   * @param highlighting null: the hits have no highlights
   */
  public static List<Hit> of(List<SolrDocument> docs, int firstRank, Highlighting highlighting)
      throws QuerySyntaxException, IOException {
    List<Scored> scored = new ArrayList<>(docs.size());
    for (SolrDocument d : docs) {
      scored.add(scored(d));
    }
    return scored(scored, firstRank, highlighting);
  }

  /** {@link #of}, from the stored fields themselves (a core's own documents). */
  public static List<Hit> scored(List<Scored> docs, int firstRank, Highlighting highlighting)
      throws QuerySyntaxException, IOException {
    List<Hit.Span>[] spans = null;
    if (highlighting != null && !docs.isEmpty()) {
      List<String> texts = new ArrayList<>(docs.size());
      for (Scored d : docs) {
        texts.add(Objects.toString(d.stored().get(IndexFields.TEXT), ""));
      }
      spans = TextHighlights.of(highlighting.vocabulary(), highlighting.query(), highlighting.aliases(), texts);
    }
    List<Hit> hits = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      hits.add(StoredHits.hit(docs.get(i).stored(), firstRank + i, docs.get(i).score(), spans == null ? List.of() : spans[i]));
    }
    return hits;
  }

  /** A document of a response (SolrJ's, or a coordinating node's merged list), with its score. */
  public static Scored scored(SolrDocument solr) {
    return new Scored(stored(solr), solr.getFirstValue("score") instanceof Number n ? n.floatValue() : Float.NaN);
  }

  /** A Solr result as the stored fields of a Lucene document, for {@link StoredHits}. */
  public static Document stored(SolrDocument solr) {
    Document doc = new Document();
    for (String name : solr.getFieldNames()) {
      if ("score".equals(name)) {
        continue;
      }
      for (Object v : solr.getFieldValues(name)) {
        if (v instanceof Long n) {
          doc.add(new StoredField(name, n.longValue()));
        } else if (v instanceof Number n) {
          doc.add(new StoredField(name, n.intValue()));
        } else {
          doc.add(new StoredField(name, String.valueOf(v)));
        }
      }
    }
    return doc;
  }
}
