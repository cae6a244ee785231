package org.treatysearch.search;

import java.io.IOException;
import java.util.ArrayList;
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
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredArticle;

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
    List<Document> hits = new ArrayList<>();
    for (ScoreDoc d : searcher.search(q, Math.max(1, searcher.count(q)), BY_SEQ).scoreDocs) {
      hits.add(stored.document(d.doc));
    }
    return ArticleModels.rebuild(a, hits);
  }
}
