package org.treatysearch.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexCheck;
import org.treatysearch.index.IndexFields;
import org.treatysearch.index.StoredHit;

/** Answers queries from an index directory. Thread-safe; open once per process. */
public final class TreatySearcher implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Query HITS_ONLY = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.HIT));
  /** Document order: article id, then passage number (footnotes are numbered after the passages). */
  private static final Sort DOCUMENT_ORDER =
      new Sort(new SortField(IndexFields.ARTICLE, SortField.Type.STRING), new SortField(IndexFields.SEQ, SortField.Type.LONG));
  private static final int EXPORT_PAGE = 500;

  private final Path indexDir;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final Analyzer queryAnalyzer;
  private final SpanHighlighter highlighter;
  private final IndexDamage damage;

  private TreatySearcher(Path indexDir, Directory directory, DirectoryReader reader) {
    this.indexDir = indexDir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.queryAnalyzer = IndexAnalyzers.forQueries();
    this.highlighter = new SpanHighlighter(searcher, queryAnalyzer);
    this.damage = new IndexDamage(indexDir, directory, reader);
  }

  /** @throws IndexUnavailableException missing, unreadable or damaged index (message names dir and fix) */
  public static TreatySearcher open(Path indexDir) throws IndexUnavailableException {
    String rebuild = "build it with: treaty index --index " + indexDir;
    if (!Files.isDirectory(indexDir)) {
      throw new IndexUnavailableException("no index at " + indexDir + "; " + rebuild, null);
    }
    Directory dir = null;
    try {
      dir = FSDirectory.open(indexDir);
      return new TreatySearcher(indexDir, dir, DirectoryReader.open(dir));
    } catch (IndexNotFoundException e) {
      IndexUnavailableException missing = IndexCheck.hasSegmentFiles(dir)
          ? new IndexUnavailableException(IndexDamage.message(indexDir, null, "no segments_N file, yet segment files are there"), e)
          : new IndexUnavailableException("no index at " + indexDir + "; " + rebuild, e);
      closeQuietly(dir);
      throw missing;
    } catch (CorruptIndexException | EOFException | NoSuchFileException
        | IndexFormatTooOldException | IndexFormatTooNewException e) {
      IndexUnavailableException damaged = new IndexUnavailableException(IndexDamage.message(indexDir, dir, e), e);
      closeQuietly(dir);
      throw damaged;
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException("cannot read the index at " + indexDir + ": " + firstLine(e), e);
    } catch (RuntimeException e) {
      // Lucene decoding garbage that passed the header and footer checks
      IndexUnavailableException damaged = new IndexUnavailableException(IndexDamage.message(indexDir, dir, e), e);
      closeQuietly(dir);
      throw damaged;
    }
  }

  /** Ranked hits {@code offset+1 .. offset+n}, highlighted. */
  public Results search(String query, Filters filters, int offset, int n) throws QuerySyntaxException, IOException {
    return guarded(query, filters, q -> doSearch(q, offset, n));
  }

  private Results doSearch(Query q, int offset, int n) throws IOException {
    int wanted = Math.max(1, offset + n);
    TopDocs top = searcher.search(q, new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE));
    ScoreDoc[] page = top.scoreDocs.length > offset
        ? Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length)
        : new ScoreDoc[0];
    return new Results(top.totalHits.value, toHits(q, page, offset + 1));
  }

  /** Number of matching passages and footnotes. */
  public long count(String query, Filters filters) throws QuerySyntaxException, IOException {
    return guarded(query, filters, searcher::count);
  }

  /**
   * Every match in document order (article id, then passage number, footnotes last), streamed to
   * {@code sink} page by page so memory stays flat; {@code rank} counts from 1 in that order.
   */
  public long export(String query, Filters filters, Consumer<Hit> sink) throws QuerySyntaxException, IOException {
    return guarded(query, filters, q -> doExport(q, sink));
  }

  private interface QueryCall<T> {
    T run(Query q) throws IOException;
  }

  /** Runs a parsed query; limits that only trip while Lucene rewrites it become syntax errors too. */
  private <T> T guarded(String query, Filters filters, QueryCall<T> call) throws QuerySyntaxException, IOException {
    Query q = build(query, filters);
    try {
      return call.run(q);
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooLarge(query);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryParsing.tooComplex(query);
    } catch (IOException | RuntimeException e) {
      throw damage.orRethrow(e); // damage that only shows when a segment is read
    }
  }

  private long doExport(Query q, Consumer<Hit> sink) throws IOException {
    long rank = 1;
    ScoreDoc after = null;
    while (true) {
      TopDocs page = searcher.searchAfter(after, q, EXPORT_PAGE, DOCUMENT_ORDER, true);
      if (page.scoreDocs.length == 0) {
        return rank - 1;
      }
      for (Hit hit : toHits(q, page.scoreDocs, (int) rank)) {
        sink.accept(hit);
      }
      rank += page.scoreDocs.length;
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
  }

  /** The ingested articles (for show and stats). */
  public ArticleStore articles() {
    return damage.guard(new IndexArticleStore(searcher, JSON));
  }

  /** The directory this searcher reads. */
  public Path indexDir() {
    return indexDir;
  }

  Query build(String query, Filters filters) throws QuerySyntaxException {
    BooleanQuery.Builder b = new BooleanQuery.Builder()
        .add(QueryParsing.parse(queryAnalyzer, query), Occur.MUST)
        .add(HITS_ONLY, Occur.FILTER);
    if (filters.article() != null) {
      b.add(new TermQuery(new Term(IndexFields.ARTICLE, filters.article())), Occur.FILTER);
    }
    if (filters.kind() != null) {
      b.add(QueryParsing.parse(queryAnalyzer, "kind:" + QueryParsing.quote(filters.kind())), Occur.FILTER);
    }
    if (filters.section() != null) {
      b.add(QueryParsing.parse(queryAnalyzer, "section:" + QueryParsing.quote(filters.section())), Occur.FILTER);
    }
    return b.build();
  }

  private List<Hit> toHits(Query q, ScoreDoc[] docs, int firstRank) throws IOException {
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    List<Hit.Span>[] spans = highlighter.spans(q, ids);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(toHit(stored.document(ids[i]), firstRank + i, docs[i].score, spans[i]));
    }
    return hits;
  }

  private static Hit toHit(Document doc, int rank, float score, List<Hit.Span> spans) throws IOException {
    StoredHit extra = JSON.readValue(doc.get(IndexFields.HIT_JSON), StoredHit.class);
    List<Hit.FootnoteRef> notes = new ArrayList<>(extra.footnotes().size());
    for (StoredHit.Note note : extra.footnotes()) {
      notes.add(new Hit.FootnoteRef(note.n(), note.text()));
    }
    return new Hit(
        doc.get(IndexFields.ID),
        doc.get(IndexFields.ARTICLE),
        extra.title(),
        extra.section(),
        doc.get(IndexFields.KIND),
        rank,
        Float.isNaN(score) ? 0f : score,
        doc.get(IndexFields.TEXT),
        spans,
        extra.refs(),
        notes,
        extra.links(),
        extra.source());
  }

  static String firstLine(Throwable e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static void closeQuietly(Directory dir) {
    try {
      if (dir != null) {
        dir.close();
      }
    } catch (IOException ignored) {
      // already failing with a clearer error
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }
}
