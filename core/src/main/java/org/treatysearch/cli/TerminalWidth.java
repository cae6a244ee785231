package org.treatysearch.cli;

/**
 * Columns of the terminal: {@code COLUMNS} when the environment has it, else what scripts/treaty
 * measured ({@code stty size}, passed as {@code -Dtreaty.columns} only when stdout is a
 * terminal), else 80. The JDK has no call for it, and asking the terminal from Java would need a
 * native library.
 */
final class TerminalWidth {
  static final String PROPERTY = "treaty.columns";
  static final int DEFAULT = 80;

  private TerminalWidth() {}

  static int of(Session session) {
    Integer env = parse(session.env().get("COLUMNS"));
    if (env != null) {
      return env;
    }
    Integer told = parse(System.getProperty(PROPERTY));
    return told != null ? told : DEFAULT;
  }

  private static Integer parse(String s) {
    if (s == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(s.strip());
      return n > 0 ? n : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
