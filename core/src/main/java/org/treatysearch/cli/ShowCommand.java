package org.treatysearch.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.output.ArticleJsonPrinter;
import org.treatysearch.output.ArticleTextPrinter;
import org.treatysearch.search.TreatySearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "show", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print an article as ingested, or one passage (ARTICLE#N) or footnote (ARTICLE#fnN).",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty show 000_5301e45dfe16a7cc",
        "  treaty show 000_5301e45dfe16a7cc --format json | jq '.sections[].path'",
        "  treaty show '000_5301e45dfe16a7cc#3'",
        "  treaty show '000_5301e45dfe16a7cc#fn2' --format json",
        "%nExit status: 0 printed, 1 no such article, passage or footnote, 2 error."})
final class ShowCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.DocumentFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "ID", description = "ARTICLE, ARTICLE#N (a passage) or ARTICLE#fnN (a footnote).")
  String id;

  ShowCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    boolean json = "json".equals(new Choices.DocumentFormats().check(spec, "--format", format));
    ItemId item = ItemId.parse(id);
    if (item == null) {
      throw new ParameterException(spec.commandLine(), "not an article, passage or footnote id: '" + id + "'");
    }
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index))) {
      Optional<Article> found = searcher.articles().article(item.article());
      if (found.isEmpty()) {
        session.error("no article '" + item.article() + "' (see 'treaty stats' for the list)");
        return 1;
      }
      Article article = found.get();
      ArticleJsonPrinter jsonOut = new ArticleJsonPrinter(session.out());
      ArticleTextPrinter textOut = new ArticleTextPrinter(session.out());
      if (item.isArticle()) {
        if (json) {
          jsonOut.article(article);
        } else {
          textOut.article(article);
        }
        return 0;
      }
      if (item.isFootnote()) {
        Optional<Footnote> f = article.footnotes().stream().filter(x -> x.n() == item.n()).findFirst();
        if (f.isEmpty()) {
          session.error("no footnote " + item.n() + " in " + item.article() + " (it has " + article.footnotes().size() + ")");
          return 1;
        }
        if (json) {
          jsonOut.footnote(f.get());
        } else {
          textOut.footnote(f.get());
        }
        return 0;
      }
      Optional<Passage> p = article.passages().filter(x -> x.n() == item.n()).findFirst();
      if (p.isEmpty()) {
        session.error("no passage " + item.n() + " in " + item.article() + " (it has " + article.passages().count() + ")");
        return 1;
      }
      if (json) {
        jsonOut.passage(p.get());
      } else {
        textOut.passage(p.get());
      }
      return 0;
    }
  }
}
