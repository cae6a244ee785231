package org.treatysearch.cli;

import java.util.Map;

/**
 * Whether text output gets ANSI colour. A non-empty {@code NO_COLOR} means no colour, whatever the
 * flag: SPEC §4 and the product brief say "never when NO_COLOR is set" (no-color.org would let a
 * flag override it; the contract is stricter, and scripts rely on it). Otherwise {@code always}
 * colours, {@code never} does not, and {@code auto} (the default) colours only a terminal.
 */
final class ColorChoice {
  static final String NO_COLOR = "NO_COLOR";

  private ColorChoice() {}

  static boolean enabled(String mode, Map<String, String> env, boolean stdoutIsTerminal) {
    if (!env.getOrDefault(NO_COLOR, "").isEmpty()) {
      return false;
    }
    return switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> stdoutIsTerminal;
    };
  }
}
