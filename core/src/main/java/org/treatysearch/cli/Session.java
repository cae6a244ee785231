package org.treatysearch.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.treatysearch.index.Indexer;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.search.IndexUnavailableException;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.solr.SolrFailureException;
import org.treatysearch.solr.SolrSearcher;

/**
 * One run's output channels and environment, shared by all commands. Stdout is a buffered UTF-8
 * writer that reaches the stream in 64 KiB writes and is flushed once, by {@link #finish}:
 * pipelines get big writes, not one system call per line. Stderr is flushed after every line, so errors appear when they happen.
 */
final class Session {
  static final String PROGRAM = "treaty";
  /** Stdout is written in blocks of this size (a pipe takes 64 KiB at once on Linux). */
  static final int BUFFER_BYTES = 1 << 16;

  private final Io io;
  private final GuardedStdout stdout;
  private final Writer out;
  private final PrintWriter err;

  Session(Io io) {
    this.io = io;
    this.stdout = new GuardedStdout(io.out());
    // The byte buffer is what sets the size of the writes: an OutputStreamWriter hands its stream
    // 8 KiB at a time, whatever buffers sit in front of it.
    this.out = new BufferedWriter(new OutputStreamWriter(
        new BufferedOutputStream(stdout, BUFFER_BYTES), StandardCharsets.UTF_8), 8192);
    this.err = new PrintWriter(new OutputStreamWriter(io.err(), StandardCharsets.UTF_8), true);
  }

  Writer out() {
    return out;
  }

  PrintWriter err() {
    return err;
  }

  InputStream in() {
    return io.in();
  }

  Map<String, String> env() {
    return io.env();
  }

  boolean stdoutIsTerminal() {
    return io.stdoutIsTerminal();
  }

  boolean stderrIsTerminal() {
    return io.stderrIsTerminal();
  }

  /** One line on stderr, prefixed with the program name. */
  void error(String message) {
    // an error that quotes what the user typed (an option value, a file name) stays one line
    err.println(PROGRAM + ": " + Indexer.oneLine(message));
  }

  Path indexDir(String option) {
    return IndexLocation.resolve(option, io.env(), io.defaultIndex());
  }

  /** The Solr collection when one is named ({@code --solr}, {@code $TREATY_SOLR}), else the local index. */
  HitSearcher searcher(String indexOption, SolrOption solr) throws IndexUnavailableException, SolrFailureException {
    String url = solr.url(io.env(), true);
    return url != null ? SolrSearcher.open(url) : TreatySearcher.open(indexDir(indexOption));
  }

  Path corpusDir(String option) {
    if (option != null) {
      return Path.of(option);
    }
    return Path.of(io.defaultCorpus() != null ? io.defaultCorpus() : "corpus");
  }

  /** Flushes stdout and settles the exit code: a reader that went away is not a failure. */
  int finish(int exitCode) {
    try {
      out.flush();
    } catch (StdoutClosedException e) {
      return 0;
    } catch (IOException e) {
      error("cannot write output: " + Errors.describe(e));
      return 2;
    } finally {
      err.flush();
    }
    return stdout.closedByReader() ? 0 : exitCode;
  }
}
