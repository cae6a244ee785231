package org.treatysearch.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Groups of equivalent names (斯大林 = 史達林 = 史大林): the shipped {@code aliases.tsv} next to this
 * class, plus any user tables in the same format. Immutable; {@link #with} returns a new table.
 *
 * <p>Format: one group a line, names separated by {@code |}, optionally a TAB and the group's
 * provenance; {@code #} lines and blank lines are skipped. Names are keyed by {@link #key}
 * (Traditional→Simplified fold, lower case), so a group lists each spelling once however many
 * scripts it is written in. Within one file a name may stand in one group only (two lines naming it
 * are a mistake the user wants to hear about); a user's group that shares a name with an earlier
 * table's group merges with it, since equivalence is transitive.
 */
public final class AliasTable {
  /** The shipped table's resource name (beside this class). */
  public static final String RESOURCE = "aliases.tsv";
  /** A user table read from beside the corpus when present. */
  public static final String CORPUS_FILE = "aliases.tsv";

  /** One line's group: names as written (distinct after folding), where it comes from, where it stands. */
  public record Group(List<String> names, String provenance, String table, int line) {
    public Group {
      names = List.copyOf(names);
    }
  }

  private static final AliasTable EMPTY = new AliasTable(Map.of());

  private final Map<String, Group> byKey;

  private AliasTable(Map<String, Group> byKey) {
    this.byKey = byKey;
  }

  public static AliasTable empty() {
    return EMPTY;
  }

  /** The table shipped in the jar. */
  public static AliasTable shipped() {
    try (InputStream in = AliasTable.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("alias table resource missing: " + RESOURCE);
      }
      return EMPTY.with(RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the alias table resource " + RESOURCE, e);
    } catch (AliasTableException e) {
      throw new IllegalStateException("the shipped alias table is broken: " + e.getMessage(), e);
    }
  }

  /**
   * The shipped table, then {@code aliases.tsv} of {@code corpusDir} when it exists, then each of
   * {@code userTables} in order. {@code corpusDir} may be null.
   */
  public static AliasTable forSearch(Path corpusDir, List<Path> userTables) throws AliasTableException {
    AliasTable table = shipped();
    if (corpusDir != null && Files.isRegularFile(corpusDir.resolve(CORPUS_FILE))) {
      table = table.with(corpusDir.resolve(CORPUS_FILE));
    }
    for (Path p : userTables) {
      table = table.with(p);
    }
    return table;
  }

  /** This table plus the groups of {@code file}. */
  public AliasTable with(Path file) throws AliasTableException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new AliasTableException(file.toString(), 0, "cannot read it: " + e.getMessage());
    }
    try {
      return with(file.toString(), new StringReader(utf8(file.toString(), bytes)));
    } catch (IOException e) {
      throw new IllegalStateException(e); // a StringReader does not fail
    }
  }

  /** Decodes strictly, line by line, so an error can name the line with the bad bytes. */
  private static String utf8(String table, byte[] bytes) throws AliasTableException {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder(bytes.length);
    int line = 1;
    for (int start = 0; start < bytes.length; line++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      try {
        text.append(decoder.decode(ByteBuffer.wrap(bytes, start, end - start))).append('\n');
      } catch (CharacterCodingException e) {
        throw new AliasTableException(table, line, "not UTF-8 text");
      }
      start = end + 1;
    }
    return text.toString();
  }

  /** This table plus the groups read from {@code text}, named {@code table} in errors. */
  public AliasTable with(String table, Reader text) throws AliasTableException, IOException {
    Map<String, Group> merged = new HashMap<>(byKey);
    Map<String, Integer> lineOfKey = new HashMap<>(); // this file's names, for duplicate errors
    BufferedReader lines = new BufferedReader(text);
    int n = 0;
    while (true) {
      String line = lines.readLine();
      if (line == null) {
        break;
      }
      n++;
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1); // a byte-order mark some editors write
      }
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      Group group = parse(table, n, line);
      for (String name : group.names()) {
        Integer earlier = lineOfKey.putIfAbsent(key(name), n);
        if (earlier != null) {
          throw new AliasTableException(table, n, "'" + name + "' is already in the group on line " + earlier);
        }
      }
      add(merged, group);
    }
    return new AliasTable(Map.copyOf(merged));
  }

  private static Group parse(String table, int n, String line) throws AliasTableException {
    String[] columns = line.split("\t", -1);
    if (columns.length > 2) {
      throw new AliasTableException(table, n, "expected names|names|… and one TAB before the provenance, found "
          + (columns.length - 1) + " TABs");
    }
    Map<String, String> names = new LinkedHashMap<>();
    for (String raw : columns[0].split("\\|", -1)) {
      String name = raw.strip();
      if (name.isEmpty()) {
        throw new AliasTableException(table, n, "an empty name (two '|' in a row, or one at an end)");
      }
      names.putIfAbsent(key(name), name);
    }
    if (names.size() < 2) {
      throw new AliasTableException(table, n, "a group needs at least two different names, found "
          + (columns[0].contains("|") ? "only spellings of '" + names.values().iterator().next() + "'" : "one: '"
          + columns[0].strip() + "' (names are separated by '|')"));
    }
    String provenance = columns.length == 2 ? columns[1].strip() : "";
    return new Group(new ArrayList<>(names.values()), provenance, table, n);
  }

  /** Adds {@code g}, merging it with every group that shares a name with it. */
  private static void add(Map<String, Group> byKey, Group g) {
    Set<Group> overlapping = new LinkedHashSet<>();
    for (String name : g.names()) {
      Group old = byKey.get(key(name));
      if (old != null) {
        overlapping.add(old);
      }
    }
    Group result = g;
    if (!overlapping.isEmpty()) {
      Map<String, String> names = new LinkedHashMap<>();
      List<String> provenance = new ArrayList<>();
      for (Group old : overlapping) {
        old.names().forEach(x -> names.putIfAbsent(key(x), x));
        provenance.add(old.provenance());
      }
      g.names().forEach(x -> names.putIfAbsent(key(x), x));
      provenance.add(g.provenance().isEmpty() ? g.table() + ":" + g.line() : g.provenance());
      Group first = overlapping.iterator().next();
      result = new Group(new ArrayList<>(names.values()), String.join("; ", provenance), first.table(), first.line());
    }
    for (String name : result.names()) {
      byKey.put(key(name), result);
    }
  }

  /** How names are compared: Traditional folded to Simplified, lower case, trimmed. */
  public static String key(String name) {
    return Folding.fold(name.strip()).toLowerCase(Locale.ROOT);
  }

  /** The members of {@code word}'s group (distinct after folding, table order), or {@code word} alone. */
  public List<String> group(String word) {
    Group g = byKey.get(key(word));
    return g == null ? List.of(word) : g.names();
  }

  /** {@code word}'s group with its provenance (for --explain), if it has one. */
  public Optional<Group> lookup(String word) {
    return Optional.ofNullable(byKey.get(key(word)));
  }

  /** Every group once, in no particular order. */
  public Collection<Group> groups() {
    return List.copyOf(new LinkedHashSet<>(byKey.values()));
  }
}
