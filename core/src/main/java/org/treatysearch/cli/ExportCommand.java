package org.treatysearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.search.Filters;
import org.treatysearch.search.HitSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Write every matching passage and footnote (not a top N), in document order.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty export --format csv -o out.csv 外蒙古",
        "  treaty export --format md -o notes.md 雅爾塔會議",
        "  treaty export 外蒙古 | jq -r .article | sort | uniq -c",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class ExportCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl", completionCandidates = Choices.ExportFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE, whole or not at all, instead of stdout.")
  String output;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words (see 'treaty search --help').")
  List<String> words;

  ExportCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new Choices.ExportFormats().check(spec, "--format", format));
    String query = QueryWords.join(spec, words);
    Filters filters = filter.filters(spec, session);
    if (output != null && output.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Option '--output' needs a file name, was empty");
    }
    // Open the index first: a missing index must not leave an empty output file behind.
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      long[] found = new long[1];
      AtomicFile.Body body = out -> found[0] = export(searcher, query, filters, hitFormat, out);
      if (output == null) {
        body.writeTo(session.out());
      } else {
        AtomicFile.write(outputPath(), body);
      }
      return found[0] > 0 ? 0 : 1;
    }
  }

  private Path outputPath() throws IOException {
    try {
      return Path.of(output);
    } catch (InvalidPathException e) {
      throw new IOException("cannot write " + output + ": not a file name in this locale ("
          + System.getProperty("sun.jnu.encoding") + "); run in a UTF-8 locale, e.g. LC_ALL=C.UTF-8", e);
    }
  }

  private long export(HitSearcher searcher, String query, Filters filters, HitFormat hitFormat, Writer out)
      throws Exception {
    try (HitPrinter printer = HitPrinters.create(hitFormat, out, false, false)) {
      long n = searcher.export(query, filters, printer.usesHighlights(), hit -> {
        try {
          printer.hit(hit, null);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      printer.finish();
      return n;
    }
  }
}
