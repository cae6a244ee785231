package org.treatysearch.cli;

import org.treatysearch.search.Filters;
import picocli.CommandLine.Option;

/** The restrictions {@code search} and {@code export} apply on top of the query. */
final class FilterOptions {
  @Option(names = "--article", paramLabel = "ID", description = "Only this article (its id).")
  String article;

  @Option(names = "--section", paramLabel = "S", description = "Only sections whose headings match S.")
  String section;

  @Option(names = "--kind", paramLabel = "K", completionCandidates = Kinds.class,
      description = "Only passages of this kind: ${COMPLETION-CANDIDATES}.")
  String kind;

  Filters filters() {
    return article == null && section == null && kind == null ? Filters.NONE : new Filters(article, section, kind);
  }

  static final class Kinds extends Choices {
    Kinds() {
      super("paragraph", "list-item", "quote", "footnote");
    }
  }
}
