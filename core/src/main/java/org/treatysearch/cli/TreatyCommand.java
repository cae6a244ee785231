package org.treatysearch.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command; its subcommands are registered by {@link Main}, each with the session. */
@Command(name = "treaty", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Search Chinese Wikipedia treaty articles: passages and footnotes, Traditional and"
        + " Simplified alike.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty search 外蒙古 公民投票",
        "  treaty export --format csv -o out.csv 外蒙古",
        "  treaty show 000_5301e45dfe16a7cc#3",
        "  treaty cite --format bibtex 000_5301e45dfe16a7cc#3",
        "  treaty batch --format tsv < queries.txt",
        "%nThe examples call 'treaty': link it onto your PATH with 'scripts/treaty install' (into ~/.local/bin).",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class TreatyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(),
        "missing command: one of index, search, export, batch, show, cite, stats, completion");
  }
}
