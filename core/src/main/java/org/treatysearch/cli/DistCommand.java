package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.DistPrinters;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.RowSink;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.study.DistRow;
import org.treatysearch.study.Distribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "dist", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Show how the occurrences of the query spread over the articles (or sections): matching"
        + " passages, matches, characters and matches per 10,000 characters; as text, a bar chart with"
        + " a strip showing where in each article the matches fall.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty dist 条约",
        "  treaty dist --by section 外蒙古",
        "  treaty dist --format tsv 雅爾塔 | sort -t$'\\t' -k6 -gr",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class DistCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Mixin FilterOptions filter;
  @Spec CommandSpec spec;

  @Option(names = "--by", paramLabel = "UNIT", defaultValue = "article", completionCandidates = StudyChoices.Groupings.class,
      description = "One row per ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String by;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = StudyChoices.TableFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words (see 'treaty search --help').")
  List<String> words;

  DistCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new StudyChoices.TableFormats().check(spec, "--format", format));
    Distribution.By unit = Distribution.By.of(new StudyChoices.Groupings().check(spec, "--by", by));
    String query = QueryWords.join(spec, words);
    var filters = filter.filters(spec, session);
    long rows;
    // rows are printed as each article is done (document order): tsv and jsonl stream
    RowSink<DistRow> sink = DistPrinters.create(hitFormat, session.out(), unit, TerminalWidth.of(session));
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      Distribution dist = new Distribution(searcher.articles(), unit, sink::row);
      EachHit.run(searcher, query, filters, true, dist::add);
      rows = dist.finish();
    }
    sink.finish();
    return rows == 0 ? 1 : 0;
  }
}
