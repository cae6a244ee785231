package org.treatysearch.solr;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.treatysearch.corpus.Article;
import org.treatysearch.index.ArticleDocuments;
import org.treatysearch.index.IndexFields;

/**
 * The embedded index's documents as Solr documents, field for field: the same {@link
 * ArticleDocuments} are converted, so the two engines cannot drift apart (the configset's schema
 * declares the same fields). Passages and footnotes go to Solr whole; of each article model
 * document (which serves {@code show} and {@code stats}, read from the embedded index) only its
 * indexed ids: {@code article:} in a query scores on {@link IndexFields#ARTICLE_KEY}, whose
 * document count includes the model documents (one per article), so without them
 * every score of such a query differed from the embedded one in the third decimal.
 */
final class SolrDocuments {
  private SolrDocuments() {}

  static List<SolrInputDocument> of(Article article) {
    List<SolrInputDocument> out = new ArrayList<>();
    for (Document doc : ArticleDocuments.of(article)) {
      IndexableField type = doc.getField(IndexFields.DOCTYPE);
      if (type != null && IndexFields.HIT.equals(type.stringValue())) {
        out.add(toSolr(doc));
      } else if (type != null && IndexFields.ARTICLE_DOC.equals(type.stringValue())) {
        out.add(articleIds(doc));
      }
    }
    return out;
  }

  /** Whether {@code doc} (one of {@link #of}) is a passage or footnote, not an article's ids. */
  static boolean isHit(SolrInputDocument doc) {
    return IndexFields.HIT.equals(doc.getFieldValue(IndexFields.DOCTYPE));
  }

  /** An article model document's indexed ids; its unique key cannot be a passage's (ARTICLE#N). */
  private static SolrInputDocument articleIds(Document doc) {
    SolrInputDocument solr = new SolrInputDocument();
    String id = doc.get(IndexFields.ARTICLE);
    solr.addField(IndexFields.ID, id + "#" + IndexFields.ARTICLE_DOC);
    solr.addField(IndexFields.DOCTYPE, IndexFields.ARTICLE_DOC);
    solr.addField(IndexFields.ARTICLE, id);
    solr.addField(IndexFields.ARTICLE_KEY, IndexFields.articleKey(id));
    return solr;
  }

  private static SolrInputDocument toSolr(Document doc) {
    SolrInputDocument solr = new SolrInputDocument();
    for (IndexableField f : doc.getFields()) {
      if (f.fieldType().pointDimensionCount() > 0) {
        continue; // the date ranges (LongRange): not in the Solr schema yet, so date: is embedded-only
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

  /** A Solr result as the stored fields of a Lucene document, for {@link org.treatysearch.search.StoredHits}. */
  static Document stored(SolrDocument solr) {
    Document doc = new Document();
    for (String name : solr.getFieldNames()) {
      if ("score".equals(name)) {
        continue;
      }
      for (Object v : solr.getFieldValues(name)) {
        if (v instanceof Long n) {
          doc.add(new org.apache.lucene.document.StoredField(name, n.longValue()));
        } else if (v instanceof Number n) {
          doc.add(new org.apache.lucene.document.StoredField(name, n.intValue()));
        } else {
          doc.add(new org.apache.lucene.document.StoredField(name, String.valueOf(v)));
        }
      }
    }
    return doc;
  }
}
