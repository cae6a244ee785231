package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The grams field end to end: a real index, the classic query parser, the UnifiedHighlighter. */
class GramsAnalyzerTest {
  private static final String FIELD = "text";
  private static final List<String> DOCS = List.of(
      /* 0 */ "蘇聯同意外蒙古獨立，以公民投票決定。",
      /* 1 */ "中蘇友好同盟條約於1945年簽訂。",
      /* 2 */ "The Yalta Treaty of 1945",
      /* 3 */ "外蒙 and 古代的歷史",
      /* 4 */ "蒙古人民共和國",
      /* 5 */ "1945年2月，雅爾塔會議在克里米亞召開。");

  private static final Analyzer INDEX = ChineseAnalyzers.gramsIndex();
  private static final Analyzer QUERY = ChineseAnalyzers.gramsQuery();
  private static Directory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;

  @BeforeAll
  static void buildIndex() throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(INDEX))) {
      for (int i = 0; i < DOCS.size(); i++) {
        Document doc = new Document();
        doc.add(new StoredField("id", i));
        doc.add(new Field(FIELD, DOCS.get(i), withOffsets));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void aWordMatchesAsAContiguousRunWhateverTheSegmentation() throws Exception {
    assertEquals(Set.of(0), search("外蒙古"));
    assertEquals(Set.of(0), search("外蒙古獨立"));
    assertEquals(Set.of(0), search("外蒙古独立"));
    assertEquals(Set.of(0, 4), search("蒙古"));
  }

  @Test
  void aSingleCharMatchesInsideAWord() throws Exception {
    assertEquals(Set.of(0, 1), search("蘇"));
    assertEquals(Set.of(0, 1), search("苏"));
  }

  @Test
  void simplifiedQueriesFindTraditionalText() throws Exception {
    assertEquals(Set.of(5), search("雅尔塔会议"));
    assertEquals(Set.of(1), search("中苏 条约"));
  }

  @Test
  void latinIsCaseInsensitiveAndDigitsMatch() throws Exception {
    assertEquals(Set.of(2), search("treaty"));
    assertEquals(Set.of(2), search("TREATY"));
    assertEquals(Set.of(1, 2, 5), search("1945"));
    assertEquals(Set.of(1, 5), search("1945年"));
  }

  @Test
  void tokenOffsetsCoverExactlyTheWordInTheOriginalText() {
    String sentence = DOCS.get(5);
    int start = sentence.indexOf("雅爾塔會議");
    List<String> wordBigrams = Tokens.terms(QUERY, "雅尔塔会议");
    assertEquals(List.of("雅尔", "尔塔", "塔会", "会议"), wordBigrams);

    List<Tokens.Token> matched = Tokens.of(INDEX, sentence).stream()
        .filter(token -> wordBigrams.contains(token.term()))
        .toList();
    assertEquals(start, matched.stream().mapToInt(Tokens.Token::start).min().orElseThrow());
    assertEquals(start + 5, matched.stream().mapToInt(Tokens.Token::end).max().orElseThrow());
    for (Tokens.Token token : Tokens.of(INDEX, sentence)) {
      if (token.term().equals(BreakMarkFilter.MARK)) {
        assertEquals(token.start(), token.end(), "a break mark is zero-width: " + token);
        continue;
      }
      String original = sentence.substring(token.start(), token.end());
      assertEquals(token.term(), Folding.fold(original).toLowerCase(), "offsets of " + token);
    }
  }

  @Test
  void indexSideEmitsUnigramsWithBigramsAtTheFirstCharsPosition() {
    List<Tokens.Token> tokens = Tokens.of(INDEX, "外蒙古");
    assertEquals(List.of("外", "外蒙", "蒙", "蒙古", "古"), tokens.stream().map(Tokens.Token::term).toList());
    assertEquals(List.of(0, 0, 1, 1, 2), tokens.stream().map(Tokens.Token::position).toList());
  }

  @Test
  void highlighterMarksTheOriginalTraditionalSpelling() throws Exception {
    Query query = parse("雅尔塔会议");
    TopDocs top = searcher.search(query, 10);
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, QUERY).build();
    String[] fragments = highlighter.highlight(FIELD, query, top);
    assertTrue(fragments[0].contains("<b>雅爾塔會議</b>"), fragments[0]);
  }

  private static Set<Integer> search(String queryText) throws Exception {
    Set<Integer> ids = new TreeSet<>();
    for (ScoreDoc hit : searcher.search(parse(queryText), 10).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).getField("id").numericValue().intValue());
    }
    return ids;
  }

  private static Query parse(String queryText) throws ParseException {
    QueryParser parser = new QueryParser(FIELD, QUERY);
    parser.setSplitOnWhitespace(true); // required for auto-generated phrases: one phrase per word
    parser.setAutoGeneratePhraseQueries(true);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    return parser.parse(queryText);
  }
}
