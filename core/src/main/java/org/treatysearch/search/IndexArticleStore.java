package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredArticle;
import org.treatysearch.index.StoredHit;

/** Rebuilds the article models from the article documents and their passage and footnote documents. */
final class IndexArticleStore implements ArticleStore {
  private static final Query ARTICLES = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.ARTICLE_DOC));
  private static final Query HITS = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.HIT));
  private static final Sort BY_ID = new Sort(new SortField(IndexFields.ARTICLE, SortField.Type.STRING));
  private static final Sort BY_SEQ = new Sort(new SortField(IndexFields.SEQ, SortField.Type.LONG));

  private final IndexSearcher searcher;

  IndexArticleStore(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    ScoreDoc[] docs = searcher.search(inArticle(ARTICLES, id), 1).scoreDocs;
    if (docs.length == 0) { // ids fold like words: 雅爾塔會議 finds 雅尔塔会议
      Query folded = new BooleanQuery.Builder()
          .add(ARTICLES, Occur.FILTER)
          .add(new TermQuery(new Term(IndexFields.ARTICLE_KEY, IndexFields.articleKey(id))), Occur.FILTER)
          .build();
      docs = searcher.search(folded, 1, BY_ID).scoreDocs;
    }
    if (docs.length == 0) {
      return Optional.empty();
    }
    StoredFields stored = searcher.storedFields();
    return Optional.of(rebuild(StoredArticle.from(stored.document(docs[0].doc)), stored));
  }

  @Override
  public List<Article> articles() throws IOException {
    int n = Math.max(1, searcher.count(ARTICLES));
    StoredFields stored = searcher.storedFields();
    List<Article> out = new ArrayList<>();
    for (ScoreDoc d : searcher.search(ARTICLES, n, BY_ID).scoreDocs) {
      out.add(rebuild(StoredArticle.from(stored.document(d.doc)), stored));
    }
    return out;
  }

  @Override
  public List<String> ids() throws IOException {
    int n = Math.max(1, searcher.count(ARTICLES));
    StoredFields stored = searcher.storedFields();
    List<String> out = new ArrayList<>();
    for (ScoreDoc d : searcher.search(ARTICLES, n, BY_ID).scoreDocs) {
      out.add(stored.document(d.doc, java.util.Set.of(IndexFields.ARTICLE)).get(IndexFields.ARTICLE));
    }
    return out;
  }

  private static Query inArticle(Query what, String id) {
    return new BooleanQuery.Builder()
        .add(what, Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ARTICLE, id)), Occur.FILTER)
        .build();
  }

  private Article rebuild(StoredArticle a, StoredFields stored) throws IOException {
    Query q = inArticle(HITS, a.id());
    List<Passage> passages = new ArrayList<>();
    List<Footnote> footnotes = new ArrayList<>();
    for (ScoreDoc d : searcher.search(q, Math.max(1, searcher.count(q)), BY_SEQ).scoreDocs) {
      Document doc = stored.document(d.doc);
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
