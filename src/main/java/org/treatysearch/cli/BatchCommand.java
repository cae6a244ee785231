package org.treatysearch.cli;

import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.search.Results;
import org.treatysearch.search.TreatySearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Run one query per line of stdin (blank lines skipped) in one process; every hit"
        + " carries its query. A line that does not parse is reported on stderr with its number;"
        + " the other queries still run, and the exit status is then 2.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty batch --format tsv < queries.txt",
        "  printf '外蒙古\\n雅尔塔会议\\n' | treaty batch -n 3 | jq -r '[.query, .id] | @tsv'",
        "%nExit status: 0 something found, 1 nothing found, 2 error (in any line)."})
final class BatchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", completionCandidates = Choices.BatchFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "At most N hits per query (default: ${DEFAULT-VALUE}).")
  int limit;

  BatchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new Choices.BatchFormats().check(spec, "--format", format));
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    boolean failed = false;
    boolean found = false;
    Utf8Lines lines = new Utf8Lines(session.in());
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index));
        HitPrinter printer = HitPrinters.create(hitFormat, session.out(), true, false)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        String query = line.strip();
        if (query.isEmpty()) {
          continue;
        }
        try {
          Results results = searcher.search(query, Filters.NONE, 0, limit);
          for (Hit hit : results.hits()) {
            printer.hit(hit, query);
          }
          found |= !results.hits().isEmpty();
        } catch (QuerySyntaxException e) {
          session.error("line " + lines.number() + ": " + Errors.firstLine(e.getMessage()));
          failed = true;
        }
      }
      printer.finish();
    }
    return failed ? ErrorReporter.ERROR : found ? 0 : 1;
  }
}
