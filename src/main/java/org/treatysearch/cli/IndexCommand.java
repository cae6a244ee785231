package org.treatysearch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.treatysearch.index.Indexer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "index", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Build the index from the corpus folder (*.md and *.txt files). The old index stays"
        + " in place until the new one is complete.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty index",
        "  treaty index --corpus ~/articles --index /tmp/treaty-index"})
final class IndexCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "DIR",
      description = "Corpus folder (default: the project's corpus/ through scripts/treaty, else ./corpus).")
  String corpus;

  IndexCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    Path corpusDir = session.corpusDir(corpus);
    if (!Files.isDirectory(corpusDir)) {
      throw new ParameterException(spec.commandLine(), "corpus folder not found: " + corpusDir);
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
    session.error(String.format(Locale.ROOT, "indexed %d article%s (%d passages and footnotes, %.1f MB) into %s in %.1f s%s",
        summary.articles(), summary.articles() == 1 ? "" : "s", summary.documents(), summary.bytes() / 1e6,
        indexDir, seconds, summary.skipped() == 0 ? "" : "; skipped " + summary.skipped() + " file(s), named above"));
    return summary.articles() > 0 ? 0 : 1;
  }
}
