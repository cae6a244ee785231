package org.treatysearch.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexFields;

/**
 * The engine's query as one public entry point for other front ends (the Solr plugin's query
 * parser, the CLI's Solr client): the query text, the filters and an index's vocabulary make the
 * same Lucene query {@link TreatySearcher} runs, hit rule, restrictions and appendix demotion
 * included ({@link TreatySearcher#build}).
 */
public final class TreatyQueries {
  /** Whether the index searched holds an {@link IndexFields#ARTICLE_KEY} term (an article id, folded). */
  @FunctionalInterface
  public interface ArticleKeys {
    boolean holds(Term key) throws IOException;
  }

  /**
   * Every article id accepted: for a Solr shard, which holds only part of the collection (its
   * answer would depend on where the article landed); the client checked the id collection-wide.
   */
  public static final ArticleKeys ANY_ARTICLE = key -> true;

  private TreatyQueries() {}

  /**
   * The query for {@code query} under {@code filters}, over the passages and footnotes of {@code
   * reader}'s index (its vocabulary, and its article ids: an unknown one is an error, as embedded).
   *
   * @throws QuerySyntaxException the query cannot be run (the message names it and why)
   */
  public static Query parse(IndexReader reader, String query, Filters filters) throws QuerySyntaxException {
    return parse(reader, query, filters, key -> reader.docFreq(key) > 0);
  }

  /** {@link #parse(IndexReader, String, Filters)} with the query's words from {@code vocabulary} and the ids {@code articles} knows. */
  public static Query parse(IndexReader vocabulary, String query, Filters filters, ArticleKeys articles)
      throws QuerySyntaxException {
    return prepare(vocabulary, query, filters, articles).query();
  }

  /** The text-only query whose matches in a passage's text are its highlights ({@link TextHighlights}). */
  static Query highlight(IndexReader vocabulary, String query, Aliases aliases, ArticleKeys articles)
      throws QuerySyntaxException {
    return prepare(vocabulary, query, Filters.NONE.withAliases(aliases), articles).highlight();
  }

  private static TreatySearcher.Prepared prepare(IndexReader vocabulary, String query, Filters filters, ArticleKeys articles)
      throws QuerySyntaxException {
    HitQueries hitQueries = new HitQueries(IndexAnalyzers.forQueries(), new IndexVocabulary(vocabulary),
        id -> TreatySearcher.articleFilter(id, articles), TreatySearcher::dateFilter);
    return TreatySearcher.build(hitQueries, query, filters);
  }

  /**
   * A one-document index whose smartcn word field holds exactly {@code words}: the vocabulary of
   * a whole collection when each shard knows only its own documents' words (IndexVocabulary splits
   * a query word greedily into the longest known words, so the split depends on who knows them).
   */
  public static DirectoryReader vocabulary(Collection<String> words) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      Document doc = new Document();
      for (String w : words) {
        if (!w.isEmpty()) {
          doc.add(new StringField(IndexFields.TEXT + IndexFields.WORDS, w, Field.Store.NO));
        }
      }
      writer.addDocument(doc);
    }
    return DirectoryReader.open(dir);
  }
}
