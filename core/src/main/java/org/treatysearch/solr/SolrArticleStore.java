package org.treatysearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.treatysearch.corpus.Article;
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredArticle;
import org.treatysearch.search.ArticleModels;
import org.treatysearch.search.ArticleStore;
import org.treatysearch.search.SolrHits;

/**
 * The article models of a collection, rebuilt as the embedded index rebuilds them ({@link
 * ArticleModels}) from the article documents and the passage and footnote documents (their stored
 * fields are the embedded ones, see {@link SolrDocuments}). Read by cursorMark pages, sorted as the
 * embedded store sorts (article id, then document order), for {@code show}, {@code stats} and
 * {@code dist}.
 */
final class SolrArticleStore implements ArticleStore {
  /** Documents per page: an article of the test corpus has up to ~150 passages, a page of 500 is ~1 MB. */
  private static final int PAGE = 500;
  /** A passage's stored fields, and the article document's own. */
  private static final String[] FIELDS =
      Stream.concat(SolrHits.STORED.stream(), Stream.of("article.*")).toArray(String[]::new);
  private static final String BY_ID = IndexFields.ARTICLE + " asc," + SolrDocuments.KEY + " asc";
  private static final String IN_ORDER = SolrSearcher.DOCUMENT_ORDER;

  private final SolrCollection solr;

  SolrArticleStore(SolrCollection solr) {
    this.solr = solr;
  }

  @Override
  public Optional<Article> article(String id) throws IOException {
    List<Document> model = documents(IndexFields.ARTICLE_DOC, term(IndexFields.ARTICLE, id), BY_ID, 1);
    if (model.isEmpty()) { // ids fold like words: 雅爾塔會議 finds 雅尔塔会议
      model = documents(IndexFields.ARTICLE_DOC, term(IndexFields.ARTICLE_KEY, IndexFields.articleKey(id)), BY_ID, 1);
    }
    if (model.isEmpty()) {
      return Optional.empty();
    }
    StoredArticle a = StoredArticle.from(model.get(0));
    return Optional.of(ArticleModels.rebuild(a, documents(IndexFields.HIT, term(IndexFields.ARTICLE, a.id()), IN_ORDER, 0)));
  }

  @Override
  public List<Article> articles() throws IOException {
    List<Document> models = documents(IndexFields.ARTICLE_DOC, null, BY_ID, 0);
    List<Document> hits = documents(IndexFields.HIT, null, IN_ORDER, 0);
    Map<String, List<Document>> byArticle = new HashMap<>();
    for (Document d : hits) {
      byArticle.computeIfAbsent(d.get(IndexFields.ARTICLE), k -> new ArrayList<>()).add(d);
    }
    List<Article> out = new ArrayList<>(models.size());
    for (Document model : models) {
      StoredArticle a = StoredArticle.from(model);
      out.add(ArticleModels.rebuild(a, byArticle.getOrDefault(a.id(), List.of())));
    }
    return out;
  }

  @Override
  public List<String> ids() throws IOException {
    List<String> out = new ArrayList<>();
    for (Document d : documents(IndexFields.ARTICLE_DOC, null, BY_ID, 0)) {
      out.add(d.get(IndexFields.ARTICLE));
    }
    return out;
  }

  private static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  /** Documents of one type (and {@code filter}), sorted; {@code limit} 0 for all of them. */
  private List<Document> documents(String doctype, String filter, String sort, int limit) throws IOException {
    SolrQuery q = new SolrQuery("*:*");
    q.set("defType", "lucene"); // the configset's default is the treaty parser
    q.addFilterQuery(term(IndexFields.DOCTYPE, doctype));
    if (filter != null) {
      q.addFilterQuery(filter);
    }
    q.setFields(FIELDS);
    q.set("sort", sort);
    q.set("shards.tolerant", false);
    List<Document> out = new ArrayList<>();
    if (limit > 0) {
      q.setRows(limit);
      for (SolrDocument d : solr.query(q).getResults()) {
        out.add(SolrHits.stored(d));
      }
      return out;
    }
    q.setRows(PAGE);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      q.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = solr.query(q);
      for (SolrDocument d : response.getResults()) {
        out.add(SolrHits.stored(d));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }
}
