package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.RowSink;
import org.treatysearch.output.WordListPrinters;
import org.treatysearch.search.Filters;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.study.WordCount;
import org.treatysearch.study.WordCounts;
import org.treatysearch.study.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "freq", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print a word list, most frequent first: the smartcn words (or character n-grams) of the"
        + " passages matching the query, or of the whole index without one.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty freq -n 30",
        "  treaty freq 外蒙古",
        "  treaty freq --ngrams 2 --article 000_5301e45dfe16a7cc",
        "%nExit status: 0 something printed, 1 nothing matched, 2 error."})
final class FreqCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Spec CommandSpec spec;

  @Option(names = "-n", paramLabel = "N", defaultValue = "50", description = "Print at most N words (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--ngrams", paramLabel = "K", defaultValue = "0",
      description = "Count character K-grams instead of words (inside runs of letters and digits).")
  int ngrams;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = StudyChoices.TableFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Query words (see 'treaty search --help'); none: the whole index.")
  List<String> words;

  FreqCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new StudyChoices.TableFormats().check(spec, "--format", format));
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    if (ngrams < 0 || ngrams > 100) {
      throw new ParameterException(spec.commandLine(), "--ngrams must be from 1 to 100, was " + ngrams);
    }
    String query = words == null || words.isEmpty() ? null : QueryWords.join(spec, words);
    Filters filters = filter.filters(spec, session);
    WordCounts counts = new WordCounts(ngrams > 0 ? null : new Words(), ngrams);
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index))) {
      if (query == null && ngrams == 0 && filters.equals(Filters.NONE)) {
        // the whole index's word list is in its statistics: no text to read or segment
        searcher.wordStatistics().top(limit, counts::add);
      } else {
        EachHit.run(searcher, query, filters, false, hit -> counts.add(hit.text()));
      }
    }
    List<WordCount> top = counts.top(limit);
    RowSink<WordCount> sink = WordListPrinters.counts(hitFormat, session.out());
    for (WordCount w : top) {
      sink.row(w);
    }
    sink.finish();
    return top.isEmpty() ? 1 : 0;
  }
}
