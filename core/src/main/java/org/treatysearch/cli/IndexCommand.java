package org.treatysearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.index.IndexCheck;
import org.treatysearch.index.Indexer;
import org.treatysearch.solr.SolrIndexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Build the index from the corpus folder (*.md and *.txt files). The old index stays"
        + " in place until the new one is complete. Files that cannot be read are named and skipped.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty index",
        "  treaty index --corpus ~/articles --index /tmp/treaty-index",
        "  treaty index --check",
        "%nExit status: 0 indexed (with --check: the index is sound); 2 error, or some files were"
            + " skipped (the rest is indexed)."})
final class IndexCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder (default: the project's corpus/ through scripts/treaty, else ./corpus).")
  String corpus;

  @Option(names = "--check",
      description = "Verify the index (every file's checksum, every segment decoded) instead of building it.")
  boolean check;

  IndexCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    if (check) {
      IndexCheck.Result result = IndexCheck.check(session.indexDir(common.index));
      if (!result.ok()) {
        session.error(IndexWords.fault(result.fault()));
        return ErrorReporter.ERROR;
      }
      session.out().write(result.line() + "\n");
      return 0;
    }
    Path corpusDir = session.corpusDir(corpus);
    if (!Files.isDirectory(corpusDir)) {
      throw new ParameterException(spec.commandLine(), "corpus folder not found: " + corpusDir);
    }
    // only the option, not $TREATY_SOLR: the launcher's own indexing of index/ must stay local
    String solrUrl = solr.url(session.env(), false);
    if (solrUrl != null) {
      return indexIntoSolr(corpusDir, solrUrl);
    }
    Path indexDir = session.indexDir(common.index);
    long start = System.nanoTime();
    ProgressBar bar = new ProgressBar(session.err(), session.stderrIsTerminal());
    Indexer.Summary summary;
    try {
      summary = Indexer.build(corpusDir, indexDir, bar, session::error);
    } finally {
      bar.clear();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    session.error(Indexer.oneLine(String.format(Locale.ROOT, "indexed %d article%s (%d passages and footnotes, %.1f MB) into %s in %.1f s%s",
        summary.articles(), summary.articles() == 1 ? "" : "s", summary.documents(), summary.bytes() / 1e6,
        indexDir, seconds, summary.skipped() == 0 ? "" : "; skipped " + summary.skipped() + " file(s), named above")));
    // Like grep: the index of the rest is written, but a script must learn that files were skipped.
    return summary.skipped() > 0 ? ErrorReporter.ERROR : 0;
  }

  private int indexIntoSolr(Path corpusDir, String url) throws Exception {
    long start = System.nanoTime();
    SolrIndexer.Summary summary;
    try {
      summary = SolrIndexer.index(url, corpusDir, session::error);
    } catch (BadInputException e) {
      session.error(e.getMessage());
      return ErrorReporter.ERROR;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    session.error(Indexer.oneLine(String.format(Locale.ROOT, "indexed %d article%s (%d passages and footnotes) into Solr at %s in %.1f s%s",
        summary.articles(), summary.articles() == 1 ? "" : "s", summary.documents(), url, seconds,
        summary.skipped() == 0 ? "" : "; skipped " + summary.skipped() + " file(s), named above")));
    return summary.skipped() > 0 ? ErrorReporter.ERROR : 0;
  }
}
