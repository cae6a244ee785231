package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.Timeline;
import org.treatysearch.output.TimelinePrinter;
import org.treatysearch.search.Filters;
import org.treatysearch.search.TreatySearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "timeline", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Every matching passage that carries a date, in date order: one entry per date it mentions"
        + " (ISO, as precise as the text: 1945, 1945-10, 1945-10-20), with a histogram per year.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty timeline 外蒙古 公民投票",
        "  treaty timeline --format tsv 中東鐵路 | cut -f1,2,3",
        "  treaty timeline --format jsonl 雅尔塔 | jq -r .date",
        "%nExit status: 0 something found, 1 no dated passage matched, 2 error."})
final class TimelineCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.TimelineFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words (see 'treaty search --help').")
  List<String> words;

  TimelineCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    String chosen = new Choices.TimelineFormats().check(spec, "--format", format);
    String query = QueryWords.join(spec, words);
    Filters filters = filter.filters(spec, session);
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index))) {
      Timeline timeline = new Timeline();
      // highlights only for jsonl, the one format that prints them
      searcher.export(query, filters, chosen.equals("jsonl"), timeline::add);
      List<Timeline.Entry> entries = timeline.entries();
      TimelinePrinter.print(chosen, entries, session.out());
      return entries.isEmpty() ? 1 : 0;
    }
  }
}
