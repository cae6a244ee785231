package org.treatysearch.cli;

import java.util.concurrent.Callable;
import org.treatysearch.search.TreatySearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Hidden: the article ids of the index, one per line, for the bash completion of {@code show},
 * {@code cite} and {@code --article} (the script {@code treaty completion bash} prints calls it).
 */
@Command(name = "ids", hidden = true, mixinStandardHelpOptions = true, version = Version.TEXT,
    description = "Print the article ids of the index, one per line (used by shell completion).")
final class IdsCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;

  IdsCommand(Session session) {
    this.session = session;
  }

  @Override
  public Integer call() throws Exception {
    try (TreatySearcher searcher = TreatySearcher.open(session.indexDir(common.index))) {
      int n = 0;
      for (String id : searcher.articles().ids()) {
        session.out().write(id + "\n");
        n++;
      }
      return n > 0 ? 0 : 1;
    }
  }
}
