package org.treatysearch.cli;

import java.util.regex.Pattern;

/** Words as a POSIX shell must see them to pass them unchanged, for the commands our messages suggest. */
final class ShellWords {
  /** Nothing a shell treats specially; paths keep to ASCII, so a suggested command survives any locale. */
  private static final Pattern PLAIN_PATH = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");
  /** A query word in Chinese needs no quotes: letters and digits of every script are plain too. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}_./:=@%+,-]+");

  private ShellWords() {}

  static String path(String s) {
    return quoted(s, PLAIN_PATH);
  }

  static String word(String s) {
    return quoted(s, PLAIN_WORD);
  }

  private static String quoted(String s, Pattern plain) {
    return plain.matcher(s).matches() ? s : "'" + s.replace("'", "'\\''") + "'";
  }
}
