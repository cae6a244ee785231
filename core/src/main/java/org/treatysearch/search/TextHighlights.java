package org.treatysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.treatysearch.index.ArticleDocuments;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexFields;

/**
 * The embedded search's highlights for texts that come from elsewhere (a Solr response): the
 * texts are indexed in memory exactly as the text fields are ({@link ArticleDocuments}), and
 * {@link SpanHighlighter} reads the same highlight query's Matches from their postings. Solr's
 * own highlighter answers marked-up snippets and splits or merges matches its own way, so its
 * offsets could differ from the CLI's.
 */
public final class TextHighlights {
  private TextHighlights() {}

  /**
   * The highlight spans of each text, in order.
   *
   * @param vocabulary the words the query was split into on the searched index ({@link TreatyQueries#vocabulary})
   */
  public static List<Hit.Span>[] of(IndexReader vocabulary, String query, Aliases aliases, List<String> texts)
      throws QuerySyntaxException, IOException {
    Query highlight = TreatyQueries.highlight(vocabulary, query, aliases, TreatyQueries.ANY_ARTICLE);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.forIndexing()))) {
        for (String text : texts) {
          Document doc = new Document();
          doc.add(new Field(IndexFields.TEXT, text, ArticleDocuments.TEXT_WITH_OFFSETS));
          doc.add(new Field(IndexFields.TEXT + IndexFields.WORDS, text, ArticleDocuments.WORDS));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        int[] ids = new int[texts.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = i; // one segment, written in order
        }
        return new SpanHighlighter(new IndexSearcher(reader)).spans(highlight, ids, texts.toArray(String[]::new));
      }
    }
  }
}
