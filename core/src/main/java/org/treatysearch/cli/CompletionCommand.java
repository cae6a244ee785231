package org.treatysearch.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "completion", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print a shell completion script (bash; zsh can load it with bashcompinit). It completes"
        + " commands, options, their values, and article ids (show, cite, --article) from the index.",
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty completion bash > ~/.local/share/bash-completion/completions/treaty",
        "  source <(treaty completion bash)"})
final class CompletionCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", arity = "0..1", defaultValue = "bash", completionCandidates = Shells.class,
      description = "Shell: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String shell;

  CompletionCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    new Shells().check(spec, "SHELL", shell);
    session.out().write(AutoComplete.bash(Session.PROGRAM, spec.root().commandLine()));
    try (InputStream ids = CompletionCommand.class.getResourceAsStream("complete-ids.bash")) {
      session.out().write(new String(ids.readAllBytes(), StandardCharsets.UTF_8));
    }
    return 0;
  }

  static final class Shells extends Choices {
    Shells() {
      super("bash");
    }
  }
}
