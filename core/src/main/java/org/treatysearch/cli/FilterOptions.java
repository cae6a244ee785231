package org.treatysearch.cli;

import java.util.Locale;
import org.treatysearch.analysis.AliasTableException;
import org.treatysearch.search.Filters;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The restrictions {@code search} and {@code export} apply on top of the query. */
final class FilterOptions {
  @Option(names = "--article", paramLabel = "ID", description = "Only this article (its id).")
  String article;

  @Option(names = "--section", paramLabel = "S", description = "Only sections whose headings match S.")
  String section;

  @Option(names = "--kind", paramLabel = "K", completionCandidates = Kinds.class,
      description = "Only passages of this kind: ${COMPLETION-CANDIDATES}.")
  String kind;

  @Option(names = "--no-appendix",
      description = "Leave out passages under appendix headings (See also, Notes, References, External links...).")
  boolean noAppendix;

  @Mixin AliasOptions aliases = new AliasOptions();

  /** The restrictions and the variant names the options ask for. */
  Filters filters(CommandSpec spec, Session session) throws AliasTableException {
    return filters(spec).withAliases(aliases.aliases(session));
  }

  /** @throws ParameterException for an empty value or a kind that is not one of {@link Kinds} */
  Filters filters(CommandSpec spec) {
    notEmpty(spec, "--article", article);
    notEmpty(spec, "--section", section);
    notEmpty(spec, "--kind", kind);
    if (kind != null) {
      new Kinds().check(spec, "--kind", kind.toLowerCase(Locale.ROOT));
    }
    return article == null && section == null && kind == null && !noAppendix ? Filters.NONE
        : new Filters(article, section, kind == null ? null : kind.toLowerCase(Locale.ROOT), noAppendix);
  }

  private static void notEmpty(CommandSpec spec, String option, String value) {
    if (value != null && value.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Option '" + option + "' needs a value, was empty");
    }
  }

  static final class Kinds extends Choices {
    Kinds() {
      super("paragraph", "list-item", "quote", "table-row", "footnote");
    }
  }
}
