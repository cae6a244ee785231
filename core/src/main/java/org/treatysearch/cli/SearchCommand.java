package org.treatysearch.cli;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.search.Filters;
import org.treatysearch.search.Hit;
import org.treatysearch.search.Results;
import org.treatysearch.search.HitSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print the best-matching passages and footnotes. The words are joined into one query:"
        + " all must match; \"...\" phrase, -word excludes, A OR B, (...), and title: section: link:"
        + " kind: article: prefixes.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty search 外蒙古 公民投票",
        "  treaty search '\"雅爾塔會議\" -羅斯福' -n 5",
        "  treaty search 中蘇 -雅爾塔",
        "  treaty search -c section:批准",
        "  treaty search --format jsonl kind:footnote 紐約時報 | jq .text",
        "  treaty search -l -0 雅爾塔 | xargs -0 -n1 treaty show",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class SearchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Print at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "K", defaultValue = "0", description = "Skip the first K hits (paging).")
  int offset;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.SearchFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-c", "--count"}, description = "Print only the number of matching passages and footnotes.")
  boolean count;

  @Option(names = {"-l", "--ids"}, description = "Print only the ids of the hits, one per line.")
  boolean ids;

  @Option(names = {"-0", "--null"}, description = "End each id with NUL instead of a newline (for xargs -0); implies -l.")
  boolean nul;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", completionCandidates = Choices.ColorModes.class,
      description = "Colour highlights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: on a terminal, unless NO_COLOR is set).")
  String color;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words.")
  List<String> words;

  SearchCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new Choices.SearchFormats().check(spec, "--format", format));
    new Choices.ColorModes().check(spec, "--color", color);
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    if (offset < 0) {
      throw new ParameterException(spec.commandLine(), "--offset must not be negative, was " + offset);
    }
    String query = QueryWords.join(spec, words);
    Filters filters = filter.filters(spec);
    Writer out = session.out();
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      if (count) {
        long n = searcher.count(query, filters);
        out.write(n + "\n");
        return n > 0 ? 0 : 1;
      }
      if (ids || nul) {
        Results results = searcher.search(query, filters, offset, limit, false);
        for (Hit hit : results.hits()) {
          out.write(hit.id());
          out.write(nul ? '\0' : '\n');
        }
        return results.hits().isEmpty() ? 1 : 0;
      }
      boolean colour = ColorChoice.enabled(color, session.env(), session.stdoutIsTerminal());
      try (HitPrinter printer = HitPrinters.create(hitFormat, out, false, colour)) {
        Results results = searcher.search(query, filters, offset, limit, printer.usesHighlights());
        for (Hit hit : results.hits()) {
          printer.hit(hit, null);
        }
        printer.finish();
        return results.hits().isEmpty() ? 1 : 0;
      }
    }
  }
}
