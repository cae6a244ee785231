package org.treatysearch.output;

/** The formats of {@code cite}. */
public enum CitationFormat {
  TEXT("text"), CSL_JSON("csl-json"), BIBTEX("bibtex");

  private final String name;

  CitationFormat(String name) {
    this.name = name;
  }

  /** The name users type ({@code --format csl-json}). */
  public String label() {
    return name;
  }

  /** @throws IllegalArgumentException for a name that is not one of the labels */
  public static CitationFormat of(String label) {
    for (CitationFormat f : values()) {
      if (f.name.equals(label)) {
        return f;
      }
    }
    throw new IllegalArgumentException("no citation format '" + label + "'");
  }
}
