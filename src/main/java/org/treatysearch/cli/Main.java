package org.treatysearch.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/**
 * The {@code treaty} command. {@link #run} is the whole program minus {@code System.exit}, so
 * tests drive it in-process with their own streams and environment.
 */
public final class Main {
  /** Set by scripts/treaty: the project's index/ and corpus/, and what {@code [ -t 1 ]}/{@code [ -t 2 ]} said. */
  static final String DEFAULT_INDEX = "treaty.defaultIndex";
  static final String DEFAULT_CORPUS = "treaty.defaultCorpus";
  static final String STDOUT_TTY = "treaty.stdoutTty";
  static final String STDERR_TTY = "treaty.stderrTty";

  /**
   * On newer JDKs Lucene reports its choice of I/O and vector code through java.util.logging,
   * which would print lines on stderr that scripts read as errors. Held in a field: a logger's
   * level is lost when nothing references it.
   */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  static {
    LUCENE_LOG.setLevel(Level.SEVERE);
  }

  private Main() {}

  public static void main(String[] args) {
    String[] typed = ProcessArgs.asTyped(args);
    if (typed == null) {
      System.err.println(Session.PROGRAM + ": the arguments hold characters this locale ("
          + System.getProperty("sun.jnu.encoding") + ") cannot represent; run in a UTF-8 locale, e.g. LC_ALL=C.UTF-8");
      System.exit(ErrorReporter.ERROR);
    }
    // FileOutputStream(FileDescriptor.out) skips System.out's PrintStream, which would swallow
    // write errors (so a closed pipe would go unnoticed) and add its own buffering layer.
    Io io = new Io(System.in, new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
        System.getenv(), terminal(STDOUT_TTY), terminal(STDERR_TTY),
        System.getProperty(DEFAULT_INDEX), System.getProperty(DEFAULT_CORPUS));
    System.exit(run(typed, io));
  }

  /**
   * Runs the CLI with streams that are not terminals (no colour in {@code auto} mode, no progress
   * bar) and the launcher defaults from system properties.
   *
   * @return the exit code: 0 found/printed, 1 nothing found, 2 error
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, Map<String, String> env) {
    return run(args, new Io(in, out, err, env, false, false,
        System.getProperty(DEFAULT_INDEX), System.getProperty(DEFAULT_CORPUS)));
  }

  public static int run(String[] args, Io io) {
    Session session = new Session(io);
    int code;
    try {
      code = commandLine(session, args.length > 0 ? args[0] : null).execute(args);
    } catch (RuntimeException | Error e) {
      // Picocli handles command failures; this is for failures of the handlers themselves.
      session.error("internal error: " + Errors.describe(e));
      code = ErrorReporter.ERROR;
    }
    return session.finish(code);
  }

  static CommandLine commandLine(Session session) {
    return commandLine(session, null);
  }

  /**
   * Picocli builds a command's model by reflection when it is added, so a run that names its
   * subcommand gets only that one; help, completion and unknown names get them all.
   */
  static CommandLine commandLine(Session session, String subcommand) {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("index", () -> new IndexCommand(session));
    all.put("search", () -> new SearchCommand(session));
    all.put("export", () -> new ExportCommand(session));
    all.put("batch", () -> new BatchCommand(session));
    all.put("show", () -> new ShowCommand(session));
    all.put("stats", () -> new StatsCommand(session));
    all.put("completion", () -> new CompletionCommand(session));
    CommandLine cl = new CommandLine(new TreatyCommand());
    if (subcommand != null && all.containsKey(subcommand) && !subcommand.equals("completion")) {
      cl.addSubcommand(all.get(subcommand).get());
    } else {
      all.values().forEach(command -> cl.addSubcommand(command.get()));
    }
    ErrorReporter reporter = new ErrorReporter(session);
    // Set after the subcommands are added: these setters apply to the subcommands present.
    cl.setOut(new PrintWriter(session.out()));
    cl.setErr(session.err());
    cl.setParameterExceptionHandler(reporter);
    cl.setExecutionExceptionHandler(reporter);
    for (String name : new String[] {"search", "export"}) {
      CommandLine command = cl.getSubcommands().get(name);
      if (command != null) { // only the named subcommand is registered
        QueryWords.allowExclusions(command);
      }
    }
    return cl;
  }

  /**
   * The launcher knows for sure ({@code [ -t 1 ]}); without it, System.console() is a cheap
   * proxy (on JDK 17 it exists only when stdin and stdout are both terminals).
   */
  private static boolean terminal(String property) {
    String told = System.getProperty(property);
    if (told != null) {
      return Boolean.parseBoolean(told);
    }
    Console console = System.console();
    return console != null;
  }
}
