package org.treatysearch.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatysearch.analysis.AliasTable;
import org.treatysearch.analysis.AliasTableException;
import org.treatysearch.search.Aliases;
import picocli.CommandLine.Option;

/**
 * Variant names for query words: the shipped alias table, {@code aliases.tsv} beside the corpus
 * when there is one, and the user's {@code --aliases} files; {@code --no-aliases} turns it off.
 */
final class AliasOptions {
  @Option(names = "--no-aliases", description = "Match each word as written: no variant names (斯大林 then misses 史達林).")
  boolean none;

  @Option(names = "--aliases", paramLabel = "FILE",
      description = "Add this alias table (a group of equivalent names a line: NAME|NAME...<TAB>source); repeatable.")
  List<Path> files = new ArrayList<>();

  /** @throws AliasTableException a user table that cannot be read, naming the file and line */
  Aliases aliases(Session session) throws AliasTableException {
    if (none) {
      return Aliases.NONE;
    }
    AliasTable table = AliasTable.forSearch(session.corpusDir(null), files);
    return table::group;
  }
}
