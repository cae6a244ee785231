package org.treatysearch.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The QUERY words of {@code search} and {@code export}, joined into one query. An excluded word is
 * written {@code -word} ({@code treaty search 中蘇 -雅爾塔}), so those commands let picocli pass
 * arguments that look like unknown options through as words ({@link #allowExclusions}); here the
 * ones that really look like options ({@code --frobnicate}, {@code -x}: a dash and a Latin letter)
 * become usage errors again, unless they come after {@code --}.
 */
final class QueryWords {
  private QueryWords() {}

  static void allowExclusions(CommandLine command) {
    command.setUnmatchedOptionsArePositionalParams(true);
  }

  static String join(CommandSpec spec, List<String> words) {
    List<String> args = spec.commandLine().getParseResult() == null ? List.of()
        : spec.commandLine().getParseResult().originalArgs();
    int end = args.lastIndexOf("--");
    // Words after "--" are the last ones; they are words whatever they look like.
    int free = end < 0 ? 0 : args.size() - end - 1;
    for (int i = 0; i < words.size() - free; i++) {
      String w = words.get(i);
      if (looksLikeOption(w)) {
        throw new UnknownOption(spec.commandLine(), w, w.startsWith("--") ? null
            : "to exclude a word starting with a Latin letter, put the query after --, e.g. "
                + spec.qualifiedName() + " -- " + words.stream().map(ShellWords::word).collect(Collectors.joining(" ")));
      }
    }
    return String.join(" ", words);
  }

  /** An unknown option among the query words; {@code hint} says how to mean it as a word (null for {@code --x}). */
  static final class UnknownOption extends UnmatchedArgumentException {
    private static final long serialVersionUID = 1L;
    final String hint;

    UnknownOption(CommandLine commandLine, String word, String hint) {
      super(commandLine, List.of(word));
      this.hint = hint;
    }
  }

  static boolean looksLikeOption(String w) {
    if (w.length() < 2 || w.charAt(0) != '-') {
      return false;
    }
    char c = w.charAt(1);
    return c == '-' || (c < 128 && Character.isLetter(c));
  }
}
