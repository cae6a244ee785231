package org.treatysearch.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line arguments as typed. Java decodes them in the locale's charset, and under the C
 * locale (cron, CI, minimal containers: LANG unset) that is ASCII: every Chinese character becomes
 * U+FFFD and the query silently matches nothing. On Linux the bytes are still in
 * {@code /proc/self/cmdline}, UTF-8 as the terminal sent them; this reads them back from there.
 */
final class ProcessArgs {
  private static final char REPLACEMENT = '\uFFFD';

  private ProcessArgs() {}

  /**
   * @return {@code args}, or the same arguments decoded as UTF-8 when the JVM's decoding lost
   *     characters; null when they were lost and cannot be recovered
   */
  static String[] asTyped(String[] args) {
    if (!lostCharacters(args)) {
      return args;
    }
    String charset = System.getProperty("sun.jnu.encoding", "");
    if (charset.equalsIgnoreCase("UTF-8") || charset.equalsIgnoreCase("UTF8")) {
      return args; // decoded right: the U+FFFD was typed
    }
    try {
      return fromCmdline(Files.readAllBytes(Path.of("/proc/self/cmdline")), args);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static boolean lostCharacters(String[] args) {
    for (String a : args) {
      if (a.indexOf(REPLACEMENT) >= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last {@code args.length} NUL-terminated entries of {@code cmdline} (the program's
   * arguments come last, after java's own), decoded as UTF-8; null unless every argument Java did
   * decode agrees with its entry.
   */
  static String[] fromCmdline(byte[] cmdline, String[] args) {
    List<String> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        String entry = utf8(cmdline, start, i - start);
        if (entry == null) {
          return null;
        }
        entries.add(entry);
        start = i + 1;
      }
    }
    if (entries.size() < args.length) {
      return null;
    }
    String[] typed = entries.subList(entries.size() - args.length, entries.size()).toArray(String[]::new);
    for (int i = 0; i < args.length; i++) {
      // Java kept the ASCII characters and turned each other byte into U+FFFD.
      boolean intact = args[i].indexOf(REPLACEMENT) < 0;
      if (intact ? !args[i].equals(typed[i]) : !ascii(args[i]).equals(ascii(typed[i]))) {
        return null;
      }
    }
    return typed;
  }

  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    s.chars().filter(c -> c < 128).forEach(c -> sb.append((char) c));
    return sb.toString();
  }

  private static String utf8(byte[] bytes, int off, int len) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, off, len)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
