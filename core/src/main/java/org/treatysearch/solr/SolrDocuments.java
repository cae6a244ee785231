package org.treatysearch.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrInputDocument;
import org.treatysearch.corpus.Article;
import org.treatysearch.index.ArticleDocuments;
import org.treatysearch.index.DayRanges;
import org.treatysearch.index.IndexFields;

/**
 * The embedded index's documents as Solr documents, field for field: the same {@link
 * ArticleDocuments} are converted, so the two engines cannot drift apart (the configset's schema
 * declares the same fields). Passages, footnotes and each article's model document (its stored
 * fields serve {@code show}, {@code stats} and {@code dist}; {@code article:} in a query scores on
 * {@link IndexFields#ARTICLE_KEY}, whose document count includes the model documents, so without
 * them every score of such a query differed from the embedded one in the third decimal).
 */
final class SolrDocuments {
  /**
   * The collection's unique key: {@code ID!RUN}, the document's id and the index run that sent
   * it, so a run adds its documents beside the previous run's instead of overwriting them ({@link
   * SolrIndexer}); Solr's compositeId router places a document by the part before the {@code !},
   * so both runs' copies of a passage live on the same shard.
   */
  static final String KEY = "key";
  /** The index run that sent the document. */
  static final String RUN = "run";

  private SolrDocuments() {}

  /** The article's documents, as sent by index run {@code run}. */
  static List<SolrInputDocument> of(Article article, String run) {
    List<SolrInputDocument> out = new ArrayList<>();
    for (Document doc : ArticleDocuments.of(article)) {
      IndexableField type = doc.getField(IndexFields.DOCTYPE);
      SolrInputDocument solr = null;
      if (type != null && IndexFields.HIT.equals(type.stringValue())) {
        solr = toSolr(doc);
      } else if (type != null && IndexFields.ARTICLE_DOC.equals(type.stringValue())) {
        solr = model(doc);
      }
      if (solr != null) {
        solr.addField(KEY, solr.getFieldValue(IndexFields.ID) + "!" + run);
        solr.addField(RUN, run);
        out.add(solr);
      }
    }
    return out;
  }

  /** Whether {@code doc} (one of {@link #of}) is a passage or footnote, not an article's ids. */
  static boolean isHit(SolrInputDocument doc) {
    return IndexFields.HIT.equals(doc.getFieldValue(IndexFields.DOCTYPE));
  }

  /** An article model document, whose unique key cannot be a passage's (ARTICLE#N). */
  private static SolrInputDocument model(Document doc) {
    SolrInputDocument solr = toSolr(doc);
    solr.addField(IndexFields.ID, doc.get(IndexFields.ARTICLE) + "#" + IndexFields.ARTICLE_DOC);
    return solr;
  }

  private static SolrInputDocument toSolr(Document doc) {
    SolrInputDocument solr = new SolrInputDocument();
    for (IndexableField f : doc.getFields()) {
      if (f instanceof LongRange range) { // a date mention: the plugin's DayRangeField indexes it alike
        solr.addField(f.name(), DayRanges.text(range.getMin(0), range.getMax(0)));
        continue;
      }
      boolean docValuesOnly = !f.fieldType().stored() && f.fieldType().indexOptions() == IndexOptions.NONE
          && f.fieldType().docValuesType() != DocValuesType.NONE;
      if (docValuesOnly && solr.containsKey(f.name())) {
        continue; // the sort twin of a field already sent (article); Solr's schema gives it docValues
      }
      Number number = f.numericValue();
      Object value = number instanceof Long ? (Object) number : number != null ? (Object) number.intValue() : f.stringValue();
      if (value == null && f.binaryValue() != null) {
        value = f.binaryValue().utf8ToString(); // SortedDocValuesField holds its value as bytes
      }
      solr.addField(f.name(), value);
    }
    return solr;
  }
}
