package org.treatysearch.output;

/** The few ANSI SGR sequences the text formats use (ripgrep's palette: ids magenta, matches bold red). */
final class Ansi {
  static final String RESET = "\u001b[0m";
  static final String MATCH = "\u001b[1;31m";
  static final String ID = "\u001b[35m";
  static final String TITLE = "\u001b[1m";
  static final String DIM = "\u001b[2m";

  private Ansi() {}
}
