package org.treatysearch.solrplugin;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.treatysearch.index.IndexFields;

/**
 * The words of a query that the whole collection knows, as a one-document index for the engine's
 * vocabulary lookups. Each shard alone knows only its own documents' smartcn words, so it would
 * split a query word differently from the embedded index (greedy, longest known word first) and
 * score with other word terms; the client asks the collection once (TermsComponent) and passes
 * the answer to every shard in {@value TreatyQParserPlugin#WORDS}.
 */
final class QueryVocabulary {
  private QueryVocabulary() {}

  /** A reader whose word field holds exactly {@code words} (space-separated). */
  static DirectoryReader of(String words) throws IOException {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig())) {
      Document doc = new Document();
      for (String w : words.split(" ")) {
        if (!w.isEmpty()) {
          doc.add(new StringField(IndexFields.TEXT + IndexFields.WORDS, w, Field.Store.NO));
        }
      }
      writer.addDocument(doc);
    }
    return DirectoryReader.open(dir);
  }
}
