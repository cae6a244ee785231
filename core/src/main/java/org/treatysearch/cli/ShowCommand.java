package org.treatysearch.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.ArticleJsonPrinter;
import org.treatysearch.output.ArticleTextPrinter;
import org.treatysearch.search.HitSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = {"Print articles as ingested, or passages (ARTICLE#N) or footnotes (ARTICLE#fnN), in the order given.",
        "A passage comes with its title and section, the footnotes it cites and the Wikipedia URL of its section."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty show 000_5301e45dfe16a7cc",
        "  treaty show 000_5301e45dfe16a7cc --format json | jq '.sections[].path'",
        "  treaty show '000_5301e45dfe16a7cc#3' '000_5301e45dfe16a7cc#fn2'",
        "  treaty search -l -0 雅爾塔 | xargs -0 treaty show",
        "%nExit status: 0 every id printed, 1 some id named nothing (the others are printed; each"
            + " missing one is named on stderr), 2 error."})
final class ShowCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.DocumentFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "ID", arity = "1..*",
      description = "ARTICLE, ARTICLE#N (a passage) or ARTICLE#fnN (a footnote).")
  List<String> ids;

  ShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    boolean json = "json".equals(new Choices.DocumentFormats().check(spec, "--format", format));
    List<ItemId> wanted = Items.parse(spec, ids);
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      Items items = new Items(searcher.articles(), session);
      ArticleJsonPrinter jsonOut = new ArticleJsonPrinter(session.out());
      ArticleTextPrinter textOut = new ArticleTextPrinter(session.out());
      int printed = 0;
      for (ItemId id : wanted) {
        Item item = items.find(id);
        if (item == null) {
          continue;
        }
        if (!json && printed > 0) {
          session.out().write('\n'); // a blank line between items; json values follow each other, as jq reads them
        }
        if (item.isArticle()) {
          if (json) {
            jsonOut.article(item.article());
          } else {
            textOut.article(item.article());
          }
        } else if (item.footnote() != null) {
          if (json) {
            jsonOut.footnote(item.article(), item.footnote());
          } else {
            textOut.footnote(item.article(), item.footnote());
          }
        } else if (json) {
          jsonOut.passage(item.article(), item.passage());
        } else {
          textOut.passage(item.article(), item.passage());
        }
        printed++;
      }
      return printed == wanted.size() ? 0 : 1;
    }
  }
}
