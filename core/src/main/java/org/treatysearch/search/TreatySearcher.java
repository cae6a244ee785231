package org.treatysearch.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
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
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.treatysearch.index.IndexAnalyzers;
import org.treatysearch.index.IndexCheck;
import org.treatysearch.index.IndexFault;
import org.treatysearch.index.IndexFields;

/** Answers queries from an index directory. Thread-safe; open once per process. */
public final class TreatySearcher implements HitSearcher {
  private static final Query HITS_ONLY = new TermQuery(new Term(IndexFields.DOCTYPE, IndexFields.HIT));
  /** Document order: article id, then passage number (footnotes are numbered after the passages). */
  private static final Sort DOCUMENT_ORDER =
      new Sort(new SortField(IndexFields.ARTICLE, SortField.Type.STRING), new SortField(IndexFields.SEQ, SortField.Type.LONG));
  /**
   * Ties broken by document order, not by doc id: parallel indexing hands out doc ids in whatever
   * order the threads finish, and equal scores are common (every passage of an article matched
   * only through its title scores the same). Without this, rankings changed between re-indexes.
   */
  private static final Sort RELEVANCE =
      new Sort(SortField.FIELD_SCORE, DOCUMENT_ORDER.getSort()[0], DOCUMENT_ORDER.getSort()[1]);
  private static final int EXPORT_PAGE = 500;
  /**
   * Hits are counted exactly up to here, then Lucene may skip blocks that cannot make the top N:
   * counting every match of a common word on a 1 GB index made the slowest queries ~50x slower.
   * ({@code search -c} counts exactly, separately.)
   */
  private static final int EXACT_TOTAL_UP_TO = 1000;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final HitQueries hitQueries;
  private final SpanHighlighter highlighter;
  private final IndexDamage damage;
  private final StoredHitCache storedHits = new StoredHitCache();

  private TreatySearcher(Path indexDir, Directory directory, DirectoryReader reader) {
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.searcher.setSimilarity(Ranking.SIMILARITY);
    this.hitQueries = new HitQueries(IndexAnalyzers.forQueries(), new IndexVocabulary(reader), this::articleFilter, TreatySearcher::dateFilter);
    this.highlighter = new SpanHighlighter(searcher);
    this.damage = new IndexDamage(indexDir, directory, reader);
  }

  /** @throws IndexUnavailableException missing, unreadable or damaged index (its fault says which) */
  public static TreatySearcher open(Path indexDir) throws IndexUnavailableException {
    if (!Files.isDirectory(indexDir)) {
      throw new IndexUnavailableException(IndexFault.missing(indexDir), null);
    }
    Directory dir = null;
    try {
      dir = FSDirectory.open(indexDir);
      return new TreatySearcher(indexDir, dir, DirectoryReader.open(dir));
    } catch (IndexNotFoundException e) {
      IndexUnavailableException missing = IndexCheck.hasSegmentFiles(dir)
          ? new IndexUnavailableException(IndexDamage.fault(indexDir, null, "no segments_N file, yet segment files are there"), e)
          : new IndexUnavailableException(IndexFault.missing(indexDir), e);
      closeQuietly(dir);
      throw missing;
    } catch (CorruptIndexException | EOFException | NoSuchFileException
        | IndexFormatTooOldException | IndexFormatTooNewException e) {
      IndexUnavailableException damaged = new IndexUnavailableException(IndexDamage.fault(indexDir, dir, e), e);
      closeQuietly(dir);
      throw damaged;
    } catch (IOException e) {
      closeQuietly(dir);
      throw new IndexUnavailableException(IndexFault.unreadable(indexDir, e), e);
    } catch (RuntimeException e) {
      // Lucene decoding garbage that passed the header and footer checks
      IndexUnavailableException damaged = new IndexUnavailableException(IndexDamage.fault(indexDir, dir, e), e);
      closeQuietly(dir);
      throw damaged;
    }
  }

  /** Ranked hits {@code offset+1 .. offset+n}, highlighted. */
  public Results search(String query, Filters filters, int offset, int n) throws QuerySyntaxException, IOException {
    return search(query, filters, offset, n, true);
  }

  /** Ranked hits {@code offset+1 .. offset+n}; without {@code highlight}, their highlights are empty. */
  @Override
  public Results search(String query, Filters filters, int offset, int n, boolean highlight)
      throws QuerySyntaxException, IOException {
    return guarded(query, filters, q -> doSearch(q, offset, n, highlight));
  }

  private Results doSearch(Prepared q, int offset, int n, boolean highlight) throws IOException {
    // never ask Lucene for more slots than there are documents (-n 2000000000 would allocate them)
    int wanted = (int) Math.max(1, Math.min((long) offset + n, reader.maxDoc()));
    TopDocs top = searcher.search(q.undemoted(), new AppendixDemotion(
        new TopFieldCollectorManager(RELEVANCE, wanted, null, EXACT_TOTAL_UP_TO), AppendixDemotion.appendixWeight(searcher)));
    ScoreDoc[] page = top.scoreDocs.length > offset
        ? Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length)
        : new ScoreDoc[0];
    for (ScoreDoc d : page) {
      d.score = (Float) ((FieldDoc) d).fields[0]; // sorting by score keeps it among the sort values
    }
    return new Results(top.totalHits.value, toHits(q, page, offset + 1, highlight, true));
  }

  /** Number of matching passages and footnotes. */
  @Override
  public long count(String query, Filters filters) throws QuerySyntaxException, IOException {
    return guarded(query, filters, q -> searcher.count(q.query()));
  }

  /** How the query was read, each positive word's counts and the number of hits (with {@code filters} applied). */
  public QueryExplanation explain(String query, Filters filters) throws QuerySyntaxException, IOException {
    Query restrictions = restrictions(hitQueries, filters);
    return guarded(query, filters, q -> {
      List<QueryExplanation.WordCount> words = new ArrayList<>();
      for (HitQueries.Leaf leaf : q.built().leaves()) {
        words.add(new QueryExplanation.WordCount(leaf.label(),
            searcher.count(restricted(leaf.inText(), restrictions)),
            searcher.count(restricted(hitQueries.anywhere(leaf), restrictions)), leaf.variant()));
      }
      return new QueryExplanation(q.built().reading(), words, searcher.count(q.query()));
    });
  }

  private static Query restricted(Query q, Query restrictions) {
    return new BooleanQuery.Builder().add(q, Occur.MUST).add(restrictions, Occur.FILTER).build();
  }

  /**
   * Every match in document order (article id, then passage number, footnotes last), streamed to
   * {@code sink} page by page so memory stays flat; {@code rank} counts from 1 in that order.
   */
  public long export(String query, Filters filters, Consumer<Hit> sink) throws QuerySyntaxException, IOException {
    return export(query, filters, true, sink);
  }

  /** {@link #export(String, Filters, Consumer)}, with highlights only when asked for. */
  @Override
  public long export(String query, Filters filters, boolean highlight, Consumer<Hit> sink)
      throws QuerySyntaxException, IOException {
    return guarded(query, filters, q -> doExport(q, highlight, sink));
  }

  private interface QueryCall<T> {
    T run(Prepared q) throws IOException;
  }

  /**
   * A query ready to run: what matches (and ranks, {@link Ranking#demoteAppendix} included), the
   * same without the demotion (for {@link AppendixDemotion}), and what to highlight in the text.
   */
  record Prepared(Query query, Query undemoted, Query highlight, HitQueries.Built built) {}

  /** Runs a parsed query; limits that only trip while Lucene rewrites it become syntax errors too. */
  private <T> T guarded(String query, Filters filters, QueryCall<T> call) throws QuerySyntaxException, IOException {
    try {
      // parsing is inside too: it reads the term dictionary (IndexVocabulary), which may be damaged
      return call.run(build(query, filters));
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryParsing.tooLarge(query);
    } catch (TooComplexToDeterminizeException e) {
      throw QueryParsing.tooComplex(query);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw damage.orRethrow(e); // damage that only shows when a segment is read
    }
  }

  private long doExport(Prepared q, boolean highlight, Consumer<Hit> sink) throws IOException {
    long rank = 1;
    ScoreDoc after = null;
    while (true) {
      TopDocs page = searcher.searchAfter(after, q.query(), EXPORT_PAGE, DOCUMENT_ORDER, true);
      if (page.scoreDocs.length == 0) {
        return rank - 1;
      }
      for (Hit hit : toHits(q, page.scoreDocs, (int) rank, highlight, false)) {
        sink.accept(hit);
      }
      rank += page.scoreDocs.length;
      after = (FieldDoc) page.scoreDocs[page.scoreDocs.length - 1];
    }
  }

  /**
   * Every passage and footnote under {@code filters}, without a query (the study commands' word
   * lists of the whole index), in document order and without highlights, like {@link #export}.
   */
  public long exportAll(Filters filters, Consumer<Hit> sink) throws QuerySyntaxException, IOException {
    try {
      Query all = restricted(new MatchAllDocsQuery(), restrictions(hitQueries, filters));
      return doExport(new Prepared(all, all, new MatchNoDocsQuery(), null), false, sink);
    } catch (IOException | RuntimeException | AssertionError e) {
      throw damage.orRethrow(e);
    }
  }

  /** Whole-index word frequencies (for collocations and word lists). */
  public WordStatistics wordStatistics() {
    return new WordStatistics(reader, damage);
  }

  /** The ingested articles (for show and stats). */
  @Override
  public ArticleStore articles() {
    return damage.guard(new IndexArticleStore(searcher));
  }

  private Prepared build(String query, Filters filters) throws QuerySyntaxException {
    return build(hitQueries, query, filters);
  }

  /** The query as the search runs it (also for other front ends, through {@link TreatyQueries}). */
  static Prepared build(HitQueries hitQueries, String query, Filters filters) throws QuerySyntaxException {
    HitQueries.Built built = QueryParsing.parse(hitQueries, query, filters.aliases());
    Query b = new BooleanQuery.Builder()
        .add(built.query(), Occur.MUST)
        .add(restrictions(hitQueries, filters), Occur.FILTER)
        .build();
    return new Prepared(Ranking.demoteAppendix(b), b, built.highlight(), built);
  }

  /** The passages and footnotes the options allow. */
  static Query restrictions(HitQueries hitQueries, Filters filters) throws QuerySyntaxException {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(HITS_ONLY, Occur.FILTER);
    try {
      if (filters.article() != null) {
        b.add(hitQueries.option(new QueryTree.Restrict(QueryTree.Restriction.ARTICLE, filters.article(), 0)), Occur.FILTER);
      }
      if (filters.kind() != null) {
        b.add(hitQueries.option(new QueryTree.Restrict(QueryTree.Restriction.KIND, filters.kind(), 0)), Occur.FILTER);
      }
      if (filters.section() != null) {
        String section = HanChars.joinHan(filters.section());
        b.add(hitQueries.option(new QueryTree.Word(QueryTree.Scope.SECTION, section, true, 0)), Occur.FILTER);
      }
    } catch (QueryReader.QueryProblem e) {
      throw QueryParsing.optionError(e);
    }
    if (filters.noAppendix()) {
      b.add(Ranking.APPENDIX, Occur.MUST_NOT);
    }
    return b.build();
  }

  /** {@code article:} and {@code --article}: the id folded like words, so either script finds it. */
  private Query articleFilter(String id) {
    return articleFilter(id, key -> reader.docFreq(key) > 0);
  }

  /** An article's filter; {@code known} tells whether the index holds its key (unknown ids are errors). */
  static Query articleFilter(String id, TreatyQueries.ArticleKeys known) {
    Term key = new Term(IndexFields.ARTICLE_KEY, IndexFields.articleKey(id));
    try {
      if (!known.holds(key)) {
        throw new UnknownArticle(id);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return new TermQuery(key);
  }

  /** {@code date:}: the passages with a date that overlaps the value (a bad value: the reason). */
  static Query dateFilter(String value) {
    try {
      return DateQueries.parse(value);
    } catch (QuerySyntaxException e) {
      throw new IllegalArgumentException(e.getMessage().replaceFirst("^date:\\S*: ", ""));
    }
  }

  /**
   * The hits of a page. A ranked page goes through the stored-hit cache ({@code cached}): the top
   * hits of a batch's queries repeat. An export streams every match once, so it reads the
   * documents directly.
   */
  private List<Hit> toHits(Prepared q, ScoreDoc[] docs, int firstRank, boolean highlight, boolean cached)
      throws IOException {
    int[] ids = new int[docs.length];
    Hit[] stored = new Hit[docs.length];
    String[] texts = new String[docs.length];
    StoredFields fields = searcher.storedFields();
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
      stored[i] = cached ? storedHits.stored(fields, ids[i]) : StoredHitCache.read(fields, ids[i]);
      texts[i] = stored[i].text();
    }
    List<Hit.Span>[] spans = highlight
        ? highlighter.spans(q.highlight(), ids, texts)
        : null;
    List<Hit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      hits.add(StoredHitCache.ranked(stored[i], firstRank + i, docs[i].score, spans == null ? List.of() : spans[i]));
    }
    return hits;
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
