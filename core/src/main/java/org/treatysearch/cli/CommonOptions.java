package org.treatysearch.cli;

import picocli.CommandLine.Option;

/** Options every command takes. */
final class CommonOptions {
  @Option(names = "--index", paramLabel = "DIR",
      description = "Index directory (default: $TREATY_INDEX, else the project's index/ when run"
          + " through scripts/treaty, else ./index).")
  String index;

  @Option(names = "--debug", description = "Print stack traces of errors.")
  boolean debug;
}
