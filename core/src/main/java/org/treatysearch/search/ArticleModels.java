package org.treatysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.document.Document;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredArticle;
import org.treatysearch.index.StoredHit;

/**
 * An article model from the stored fields of its article document and of its passage and footnote
 * documents, in document order. Both engines store the same fields (the Solr collection's are the
 * same Lucene documents converted), so the embedded index and a Solr collection rebuild alike.
 */
public final class ArticleModels {
  private ArticleModels() {}

  /** @param hits the article's passage and footnote documents' stored fields, by {@link IndexFields#SEQ} */
  public static Article rebuild(StoredArticle a, List<Document> hits) {
    List<Passage> passages = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    for (Document doc : hits) {
      StoredHit extra = StoredHit.from(doc);
      String id = doc.get(IndexFields.ID);
      String kind = doc.get(IndexFields.KIND);
      if (Footnote.KIND.equals(kind)) {
        int n = Integer.parseInt(id.substring(id.lastIndexOf("#fn") + 3));
        footnotes.add(new Footnote(id, n, doc.get(IndexFields.TEXT), extra.links()));
      } else {
        passages.add(new Passage(id, kind, extra.section(), doc.get(IndexFields.TEXT), extra.refs(), extra.links(),
            IndexFields.APPENDIX_TRUE.equals(doc.get(IndexFields.APPENDIX))));
      }
    }
    for (int n : a.emptyFootnotes()) {
      footnotes.add(new Footnote(a.id() + "#fn" + n, n, "", List.of()));
    }
    footnotes.sort(Comparator.comparingInt(Footnote::n));
    List<Section> sections = new ArrayList<>();
    Iterator<Passage> next = passages.iterator();
    for (StoredArticle.Shape shape : a.sections()) {
      List<Passage> in = new ArrayList<>(shape.passages());
      for (int i = 0; i < shape.passages() && next.hasNext(); i++) {
        in.add(next.next());
      }
      sections.add(new Section(shape.path(), in, shape.links()));
    }
    return new Article(a.id(), a.title(), a.source(), a.categories(), sections, footnotes, a.variants());
  }
}
