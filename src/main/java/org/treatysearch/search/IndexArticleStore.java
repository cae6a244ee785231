package org.treatysearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** Reads the article models stored on each article's own document. */
final class IndexArticleStore implements ArticleStore {
  private static final Query ARTICLES = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.ARTICLE_DOC));

  private final IndexSearcher searcher;
  /** Only show and stats read articles, so only they pay for setting up Jackson's data binding. */
  private final ObjectMapper json = new ObjectMapper();

  IndexArticleStore(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    Query q = new BooleanQuery.Builder()
        .add(ARTICLES, Occur.FILTER)
        .add(new TermQuery(new Term(IndexFields.ARTICLE, id)), Occur.FILTER)
        .build();
    ScoreDoc[] docs = searcher.search(q, 1).scoreDocs;
    return docs.length == 0 ? Optional.empty() : Optional.of(read(searcher.storedFields(), docs[0].doc));
  }

  @Override
  public List<Article> articles() throws IOException {
    int n = Math.max(1, searcher.count(ARTICLES));
    ScoreDoc[] docs = searcher.search(ARTICLES, n, new Sort(new SortField(IndexFields.ARTICLE, SortField.Type.STRING))).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Article> out = new ArrayList<>(docs.length);
    for (ScoreDoc d : docs) {
      out.add(read(stored, d.doc));
    }
    return out;
  }

  private Article read(StoredFields stored, int doc) throws IOException {
    return json.readValue(stored.document(doc).get(IndexFields.ARTICLE_JSON), Article.class);
  }
}
