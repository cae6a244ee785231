package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.corpus.Article;
import org.treatysearch.output.StatsPrinter;
import org.treatysearch.search.HitSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Count what was ingested per article: sections, passages, footnotes, links, categories.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty stats",
        "  treaty stats --format json | jq .totals"})
final class StatsCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.DocumentFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  StatsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    boolean json = "json".equals(new Choices.DocumentFormats().check(spec, "--format", format));
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      List<Article> articles = searcher.articles().articles();
      StatsPrinter printer = new StatsPrinter(session.out());
      if (json) {
        printer.json(articles);
      } else {
        printer.text(articles);
      }
      return articles.isEmpty() ? 1 : 0;
    }
  }
}
