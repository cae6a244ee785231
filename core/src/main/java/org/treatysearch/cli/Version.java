package org.treatysearch.cli;

/** The version line of {@code -V}; a constant so every command's annotation can use it. */
final class Version {
  static final String TEXT = "treaty 0.1.0";

  private Version() {}
}
