package org.treatysearch.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.output.TsvPrinter;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.Results;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Run one query per line of stdin (blank lines skipped) in one process; every hit"
        + " carries its query, and a query that finds nothing gives one line that says so (jsonl:"
        + " {\"query\": …, \"hits\": 0}; tsv: the query and empty columns). With -c, one line"
        + " QUERY<TAB>COUNT per query, zeros included. A line that does not parse is reported on"
        + " stderr with its number; the other queries still run, and the exit status is then 2.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty batch --format tsv < queries.txt",
        "  printf '外蒙古\\n雅尔塔会议\\n' | treaty batch -n 3 | jq -r 'select(.id) | [.query, .id] | @tsv'",
        "  treaty batch -c < queries.txt | sort -t$'\\t' -k2,2nr",
        "%nExit status: 0 something found, 1 nothing found, 2 error (in any line)."})
final class BatchCommand implements Callable<Integer> {
  private final Session session;
  private final RepeatedQueries<Answer> repeated = new RepeatedQueries<>();

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Mixin AliasOptions aliasOptions;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", completionCandidates = Choices.BatchFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "At most N hits per query (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = {"-c", "--count"},
      description = "Print QUERY<TAB>COUNT per query (the number of matching passages and footnotes, as search -c), zeros included.")
  boolean count;

  BatchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new Choices.BatchFormats().check(spec, "--format", format));
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    Filters filters = Filters.NONE.withAliases(aliasOptions.aliases(session));
    Utf8Lines lines = new Utf8Lines(session.in());
    Outcome totals = new Outcome();
    try (HitSearcher searcher = session.searcher(common.index, solr);
        HitPrinter printer = HitPrinters.create(hitFormat, session.out(), true, false);
        OrderedBatch<Answer> batch = new OrderedBatch<>(answer -> print(answer, printer, totals))) {
      boolean highlight = printer.usesHighlights();
      try {
        for (String line = lines.next(); line != null; line = lines.next()) {
          String query = line.strip();
          if (!query.isEmpty()) {
            int number = lines.number();
            batch.submit(() -> answer(searcher, query, filters, number, highlight && !count));
          }
        }
      } catch (Utf8Lines.NotUtf8Exception e) {
        batch.drain(); // the lines before the bad bytes are still answered, in order
        throw e;
      }
      batch.drain();
      printer.finish();
    }
    return totals.failed ? ErrorReporter.ERROR : totals.found ? 0 : 1;
  }

  /** One line's result: its hits, or the one-line reason it did not parse. */
  private record Answer(String query, int line, Results results, long count, String error) {}

  private static final class Outcome {
    boolean failed;
    boolean found;
  }

  /**
   * Runs on a worker thread: both engines' searchers are thread-safe (a Lucene IndexSearcher, a
   * SolrJ client). A repeated query is answered from {@link #repeated}.
   */
  private Answer answer(HitSearcher searcher, String query, Filters filters, int line, boolean highlight)
      throws IOException {
    Answer a = repeated.answer(query, () -> search(searcher, query, filters, line, highlight),
        r -> r.results() == null ? 1 : r.results().hits().size());
    return a.line() == line ? a : new Answer(a.query(), line, a.results(), a.count(), a.error());
  }

  private Answer search(HitSearcher searcher, String query, Filters filters, int line, boolean highlight)
      throws IOException {
    try {
      if (count) {
        return new Answer(query, line, null, searcher.count(query, filters), null);
      }
      return new Answer(query, line, searcher.search(query, filters, 0, limit, highlight), 0, null);
    } catch (QuerySyntaxException e) {
      return new Answer(query, line, null, 0, Errors.query(e));
    }
  }

  /** Runs on the reading thread, in input order. */
  private void print(Answer answer, HitPrinter printer, Outcome totals) throws IOException {
    if (answer.error() != null) {
      session.error("line " + answer.line() + ": " + answer.error());
      totals.failed = true;
      return;
    }
    if (count) {
      session.out().write(TsvPrinter.escape(answer.query()) + "\t" + answer.count() + "\n");
      totals.found |= answer.count() > 0;
      return;
    }
    for (Hit hit : answer.results().hits()) {
      printer.hit(hit, answer.query());
    }
    if (answer.results().hits().isEmpty()) {
      printer.noHits(answer.query());
    }
    totals.found |= !answer.results().hits().isEmpty();
  }
}
