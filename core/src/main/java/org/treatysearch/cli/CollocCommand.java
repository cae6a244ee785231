package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.RowSink;
import org.treatysearch.output.WordListPrinters;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.study.Collocate;
import org.treatysearch.study.Collocates;
import org.treatysearch.study.Measure;
import org.treatysearch.study.Words;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "colloc", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "List the words that occur near the query (collocates): smartcn words within L words"
        + " left and R words right of each occurrence, ranked against their frequency in the whole index.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty colloc 条约",
        "  treaty colloc --window 0:3 --measure logdice -n 10 外蒙古",
        "  treaty colloc --format jsonl --min 5 雅爾塔 | jq -r .word",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class CollocCommand implements Callable<Integer> {
  private static final Pattern WINDOW = Pattern.compile("(\\d{1,4}):(\\d{1,4})");
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Spec CommandSpec spec;

  @Option(names = "--window", paramLabel = "L:R", defaultValue = "5:5",
      description = "Words to the left and right of each occurrence (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--measure", paramLabel = "M", defaultValue = "ll", completionCandidates = StudyChoices.Measures.class,
      description = "Ranking: ${COMPLETION-CANDIDATES}: log-likelihood, mutual information, logDice (default: ${DEFAULT-VALUE}).")
  String measure;

  @Option(names = "--min", paramLabel = "N", defaultValue = "2",
      description = "Only words co-occurring at least N times (default: ${DEFAULT-VALUE}).")
  long min;

  @Option(names = "-n", paramLabel = "N", defaultValue = "20", description = "Print at most N words (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = StudyChoices.TableFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words (see 'treaty search --help').")
  List<String> words;

  CollocCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new StudyChoices.TableFormats().check(spec, "--format", format));
    Measure m = Measure.of(new StudyChoices.Measures().check(spec, "--measure", measure));
    Matcher w = WINDOW.matcher(window);
    if (!w.matches() || Integer.parseInt(w.group(1)) + Integer.parseInt(w.group(2)) == 0) {
      throw new ParameterException(spec.commandLine(),
          "--window must be L:R, words to the left and right (e.g. 5:5, at least one not 0), was '" + window + "'");
    }
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    if (min < 1) {
      throw new ParameterException(spec.commandLine(), "--min must be at least 1, was " + min);
    }
    String query = QueryWords.join(spec, words);
    var filters = filter.filters(spec, session);
    List<Collocate> ranked;
    long nodes;
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index))) {
      Collocates collocates = new Collocates(new Words(), Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)));
      EachHit.run(searcher, query, filters, true, collocates::add);
      nodes = collocates.nodes();
      ranked = collocates.ranked(searcher.wordStatistics(), m, min, limit);
    }
    RowSink<Collocate> sink = WordListPrinters.collocates(hitFormat, session.out());
    for (Collocate c : ranked) {
      sink.row(c);
    }
    sink.finish();
    return nodes > 0 ? 0 : 1;
  }
}
