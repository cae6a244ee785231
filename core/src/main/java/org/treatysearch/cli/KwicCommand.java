package org.treatysearch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.KwicPrinters;
import org.treatysearch.output.RowSink;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.study.Concordance;
import org.treatysearch.study.KwicLine;
import org.treatysearch.study.KwicSort;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "kwic", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print a concordance: one line per occurrence of the query in passage text, with its"
        + " left and right context (keyword in context), in document order unless sorted.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty kwic 条约",
        "  treaty kwic --sort left --width 10 外蒙古",
        "  treaty kwic --format jsonl 雅爾塔 | jq -r .right",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class KwicCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Mixin FilterOptions filter;
  @Spec CommandSpec spec;

  @Option(names = "--width", paramLabel = "N", defaultValue = "20",
      description = "Characters of context on each side (default: ${DEFAULT-VALUE}).")
  int width;

  @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "doc", completionCandidates = StudyChoices.KwicSorts.class,
      description = "Order: ${COMPLETION-CANDIDATES}: document order, the left context read backwards,"
          + " the right context, the matched form (default: ${DEFAULT-VALUE}).")
  String sort;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = StudyChoices.KwicFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", completionCandidates = Choices.ColorModes.class,
      description = "Colour the matches: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String color;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words (see 'treaty search --help').")
  List<String> words;

  KwicCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new StudyChoices.KwicFormats().check(spec, "--format", format));
    KwicSort order = KwicSort.of(new StudyChoices.KwicSorts().check(spec, "--sort", sort));
    new Choices.ColorModes().check(spec, "--color", color);
    if (width < 0) {
      throw new ParameterException(spec.commandLine(), "--width must not be negative, was " + width);
    }
    String query = QueryWords.join(spec, words);
    var filters = filter.filters(spec, session);
    boolean colour = ColorChoice.enabled(color, session.env(), session.stdoutIsTerminal());
    RowSink<KwicLine> sink = KwicPrinters.create(hitFormat, session.out(), colour, width);
    Concordance concordance = new Concordance(width);
    long[] lines = new long[1];
    List<KwicLine> kept = new ArrayList<>();
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      EachHit.run(searcher, query, filters, true, hit -> {
        for (KwicLine line : concordance.lines(hit)) {
          lines[0]++;
          if (order == KwicSort.DOC) {
            sink.row(line); // streamed: memory stays flat however many lines
          } else {
            kept.add(line);
          }
        }
      });
    }
    for (KwicLine line : order.sort(kept)) {
      sink.row(line);
    }
    sink.finish();
    return lines[0] > 0 ? 0 : 1;
  }
}
