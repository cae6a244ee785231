package org.treatysearch.corpus.dates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysearch.analysis.Folding;

/** The era table shipped as {@code eras.tsv} beside this class (format and sources in its header). */
public final class Eras {
  static final String RESOURCE = "eras.tsv";

  private Eras() {}

  private static final class Table {
    static final Map<String, Era> BY_NAME = load();
  }

  /** Every era by its folded name, in table order. */
  public static Map<String, Era> all() {
    return Table.BY_NAME;
  }

  /** The era named {@code name} (Traditional or Simplified), or null. */
  public static Era byName(String name) {
    return Table.BY_NAME.get(Folding.fold(name));
  }

  static Map<String, Era> load() {
    String text;
    try (InputStream in = Eras.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("era table resource missing: " + RESOURCE);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the era table " + RESOURCE, e);
    }
    Map<String, Era> eras = new LinkedHashMap<>();
    List<String> lines = new ArrayList<>(text.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      if (c.length != 4) {
        throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 4 columns, found " + c.length);
      }
      Era era = new Era(Folding.fold(c[0]), c[1], Integer.parseInt(c[2]),
          EraCalendar.valueOf(c[3].toUpperCase(Locale.ROOT)));
      if (eras.put(era.name(), era) != null) {
        throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": era " + c[0] + " twice");
      }
    }
    return Collections.unmodifiableMap(eras);
  }
}
