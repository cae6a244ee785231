package org.treatysearch.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.Citation;
import org.treatysearch.output.CitationFormat;
import org.treatysearch.output.CitationPrinter;
import org.treatysearch.search.HitSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "cite", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = {"Print a citation of each article, passage (ARTICLE#N) or footnote (ARTICLE#fnN):"
        + " its article title, section, Wikipedia and the URL anchored at the section.",
        "text: one line each; csl-json: a CSL-JSON array (Zotero, pandoc --citeproc); bibtex: @misc entries."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty cite '000_5301e45dfe16a7cc#3'",
        "  treaty search -l -0 雅爾塔 | xargs -0 treaty cite --format csl-json > refs.json",
        "  treaty cite --format bibtex 000_5301e45dfe16a7cc >> refs.bib",
        "%nExit status: 0 every id cited, 1 some id named nothing (the others are cited; each"
            + " missing one is named on stderr), 2 error."})
final class CiteCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.CitationFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Parameters(paramLabel = "ID", arity = "1..*",
      description = "ARTICLE, ARTICLE#N (a passage) or ARTICLE#fnN (a footnote).")
  List<String> ids;

  CiteCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    CitationFormat citationFormat = CitationFormat.of(new Choices.CitationFormats().check(spec, "--format", format));
    List<ItemId> wanted = Items.parse(spec, ids);
    List<Citation> citations = new ArrayList<>(wanted.size());
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      Items items = new Items(searcher.articles(), session);
      for (ItemId id : wanted) {
        Item item = items.find(id);
        if (item != null) {
          citations.add(item.isArticle() ? Citation.of(item.article())
              : item.footnote() != null ? Citation.of(item.article(), item.footnote())
              : Citation.of(item.article(), item.passage()));
        }
      }
    }
    // csl-json prints [] when nothing was found: its readers expect an array whatever happens
    new CitationPrinter(session.out()).print(citationFormat, citations);
    return citations.size() == wanted.size() ? 0 : 1;
  }
}
