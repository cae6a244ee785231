package org.treatysearch.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.treatysearch.index.ArticleDocuments;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexFields;

/**
 * The embedded search's highlights for texts that come from elsewhere (a Solr response): the
 * texts are indexed in memory exactly as the text field is, and the same highlighter reads the
 * same query's matches from their postings. Solr's own highlighter answers marked-up snippets and
 * merges overlapping matches its own way (a shorter match starting at the same place can cut a
 * span short), so its offsets could differ from the CLI's.
 */
public final class TextHighlights {
  private TextHighlights() {}

  /** The highlight spans of each text, in order. */
  public static List<List<Hit.Span>> of(String query, Filters filters, List<String> texts)
      throws QuerySyntaxException, IOException {
    if (texts.isEmpty()) {
      return List.of();
    }
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(IndexAnalyzers.forIndexing()))) {
        for (String text : texts) {
          Document doc = new Document();
          doc.add(new Field(IndexFields.TEXT, text, ArticleDocuments.TEXT_WITH_OFFSETS));
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        int[] ids = new int[texts.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = i; // one segment, written in order
        }
        SpanHighlighter highlighter = new SpanHighlighter(new IndexSearcher(reader), IndexAnalyzers.forQueries(),
            FieldInfos.getMergedFieldInfos(reader).fieldInfo(IndexFields.TEXT), ids, texts.toArray(String[]::new));
        return List.of(highlighter.spans(TreatyQueries.parse(reader, query, filters)));
      }
    }
  }
}
