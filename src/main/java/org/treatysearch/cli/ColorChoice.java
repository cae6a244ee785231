package org.treatysearch.cli;

import java.util.Map;

/**
 * Whether text output gets ANSI colour. {@code auto} (the default): only when stdout is a
 * terminal and env {@code NO_COLOR} is unset or empty. {@code always}/{@code never} are explicit
 * requests for this one run and win over {@code NO_COLOR}, as no-color.org asks of command-line
 * flags ("per-instance command-line arguments should override NO_COLOR").
 */
final class ColorChoice {
  static final String NO_COLOR = "NO_COLOR";

  private ColorChoice() {}

  static boolean enabled(String mode, Map<String, String> env, boolean stdoutIsTerminal) {
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> stdoutIsTerminal && env.getOrDefault(NO_COLOR, "").isEmpty();
    };
  }
}
