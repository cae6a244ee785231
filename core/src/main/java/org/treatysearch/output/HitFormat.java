package org.treatysearch.output;

import java.util.Locale;

/** The output formats for hits, by the name users type after {@code --format}. */
public enum HitFormat {
  TEXT, JSONL, TSV, CSV, MD;

  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** @throws IllegalArgumentException for a name that is not a format */
  public static HitFormat of(String name) {
    for (HitFormat f : values()) {
      if (f.key().equals(name)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + name + "'");
  }
}
