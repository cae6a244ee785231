package org.treatysearch.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What a run of the CLI talks to: its standard streams, environment, whether stdout/stderr are
 * terminals, and the launcher's defaults (null when not run through {@code scripts/treaty}).
 * Tests pass their own; {@link Main#main} passes the process's.
 */
public record Io(
    InputStream in,
    OutputStream out,
    OutputStream err,
    Map<String, String> env,
    boolean stdoutIsTerminal,
    boolean stderrIsTerminal,
    String defaultIndex,
    String defaultCorpus) {

  public Io {
    env = Map.copyOf(env);
  }
}
