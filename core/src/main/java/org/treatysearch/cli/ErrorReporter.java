package org.treatysearch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import org.treatysearch.search.IndexUnavailableException;
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
    session.error(Errors.firstLine(ex.getMessage()) + " (try '" + command + " --help')");
    return ERROR;
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
    if (cause instanceof SolrFailureException solr) {
      session.error(SolrWords.describe(solr));
    } else if (cause instanceof QuerySyntaxException || cause instanceof IndexUnavailableException) {
      session.error(Errors.firstLine(cause.getMessage()));
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
