package org.treatysearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.treatysearch.search.IndexUnavailableException;
import org.treatysearch.analysis.AliasTableException;
import org.treatysearch.search.QuerySyntaxException;
import org.treatysearch.solr.SolrFailureException;

/**
 * Turns every failure into one stderr line and exit 2 (grep's convention); a closed stdout into a
 * quiet exit 0. Stack traces only with {@code --debug}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  static final int ERROR = 2;

  private final Session session;

  ErrorReporter(Session session) {
    this.session = session;
  }

  /** Usage errors: the message and where to read the usage, on one line. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    String help = " (try '" + command + " --help')";
    if (ex instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      session.error(unmatched(unmatched, help));
    } else {
      session.error(Errors.firstLine(ex.getMessage()) + help);
    }
    return ERROR;
  }

  /**
   * An unknown command or option, with picocli's suggestions: the most similar command name
   * (cosine similarity of letter pairs), or the options that share the first two letters.
   */
  private static String unmatched(UnmatchedArgumentException ex, String help) {
    String arg = ex.getUnmatched().get(0);
    List<String> suggestions = ex.getSuggestions();
    if (ex.isUnknownOption()) {
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (!suggestions.isEmpty()) {
        return "unknown option '" + name + "' (did you mean "
            + suggestions.stream().limit(3).map(s -> "'" + s + "'").collect(Collectors.joining(" or ")) + "?)";
      }
      if (ex instanceof QueryWords.UnknownOption words && words.hint != null) {
        return "unknown option '" + name + "'; " + words.hint;
      }
      return "unknown option '" + name + "'" + help;
    }
    if (!ex.getCommandLine().getSubcommands().isEmpty()) {
      // picocli ranks every name that shares a letter pair, most similar first ('frobnicate' ->
      // 'cite'); a name is offered only within 2 edits (Lucene's Levenshtein automaton), and one
      // name reads best
      Automaton near = arg.length() > 100 ? null : new LevenshteinAutomata(arg, true).toAutomaton(2);
      String nearest = suggestions.stream().filter(s -> near != null && Operations.run(near, s)).findFirst().orElse(null);
      return "unknown command '" + arg + "'" + (nearest == null ? help : " (did you mean '" + nearest + "'?)");
    }
    return "unexpected argument '" + arg + "'" + help;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult fullParseResult) {
    Throwable cause = unwrap(ex);
    if (cause instanceof StdoutClosedException) {
      return 0;
    }
    if (cause instanceof ParameterException pe) {
      return handleParseException(pe, new String[0]);
    }
    if (cause instanceof AliasTableException bad) {
      session.error(bad.table() + (bad.line() > 0 ? ":" + bad.line() : "") + ": " + bad.reason());
    } else if (cause instanceof SolrFailureException solr) {
      session.error(SolrWords.describe(solr));
    } else if (cause instanceof IndexUnavailableException unavailable) {
      session.error(IndexWords.unavailable(unavailable));
    } else if (cause instanceof QuerySyntaxException query) {
      session.error(Errors.query(query));
    } else if (cause instanceof IOException) {
      session.error(Errors.describe(cause));
    } else {
      session.error("internal error: " + cause.getClass().getSimpleName()
          + (cause.getMessage() == null ? "" : ": " + Errors.firstLine(cause.getMessage()))
          + (debug(commandLine) ? "" : " (run with --debug for the stack trace)"));
    }
    if (debug(commandLine)) {
      cause.printStackTrace(session.err());
    }
    return ERROR;
  }

  /** Printers inside a {@code Consumer<Hit>} have to smuggle their IOException out unchecked. */
  private static Throwable unwrap(Throwable e) {
    Throwable t = e;
    while (t instanceof UncheckedIOException || t instanceof CommandLine.ExecutionException) {
      if (t.getCause() == null) {
        break;
      }
      t = t.getCause();
    }
    return t;
  }

  private static boolean debug(CommandLine commandLine) {
    ParseResult pr = commandLine.getParseResult();
    return pr != null && pr.hasMatchedOption("--debug");
  }
}
