package org.treatysearch.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;
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
  private static final Logger LUCENE_LOG = Runtime.version().feature() >= 21 ? quietLucene() : null;

  /** Only JDK 21+ makes Lucene log; on older JDKs, setting up java.util.logging is start-up time lost. */
  private static Logger quietLucene() {
    Logger log = Logger.getLogger("org.apache.lucene");
    log.setLevel(Level.SEVERE);
    return log;
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

  private static final String[] SUBCOMMANDS = {"index", "search", "export", "batch", "show", "cite", "stats",
    "kwic", "dist", "colloc", "freq", "timeline", "completion", "ids"};

  /** A plain switch, not a map of lambdas: the first lambda of a run costs a cold start ~20 ms. */
  private static Object subcommand(String name, Session session) {
    switch (name) {
      case "index": return new IndexCommand(session);
      case "search": return new SearchCommand(session);
      case "export": return new ExportCommand(session);
      case "batch": return new BatchCommand(session);
      case "show": return new ShowCommand(session);
      case "cite": return new CiteCommand(session);
      case "ids": return new IdsCommand(session);
      case "stats": return new StatsCommand(session);
      case "kwic": return new KwicCommand(session);
      case "dist": return new DistCommand(session);
      case "colloc": return new CollocCommand(session);
      case "freq": return new FreqCommand(session);
      case "timeline": return new TimelineCommand(session);
      case "completion": return new CompletionCommand(session);
      default: return null;
    }
  }

  static CommandLine commandLine(Session session) {
    return commandLine(session, null);
  }

  /**
   * {@code treaty --version} prints one line and needs no subcommand: building all eleven models
   * took it ~120 ms of its ~300 (4x a hello-world JVM).
   */
  private static final Set<String> VERSION_ONLY = Set.of("-V", "--version");

  /**
   * Picocli builds a command's model by reflection when it is added, so a run that names its
   * subcommand gets only that one; help, completion and unknown names get them all.
   */
  static CommandLine commandLine(Session session, String subcommand) {
    CommandLine cl = new CommandLine(new TreatyCommand());
    Object named = subcommand == null || subcommand.equals("completion") ? null : subcommand(subcommand, session);
    if (named != null) {
      cl.addSubcommand(named);
    } else if (subcommand == null || !VERSION_ONLY.contains(subcommand)) {
      for (String name : SUBCOMMANDS) {
        cl.addSubcommand(subcommand(name, session));
      }
    }
    ErrorReporter reporter = new ErrorReporter(session);
    // Set after the subcommands are added: these setters apply to the subcommands present.
    cl.setOut(new PrintWriter(session.out()));
    cl.setErr(session.err());
    cl.setParameterExceptionHandler(reporter);
    cl.setExecutionExceptionHandler(reporter);
    for (String name : new String[] {"search", "export", "kwic", "dist", "colloc", "freq", "timeline"}) {
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
