package org.treatysearch.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file whole or not at all: into a hidden temporary file in the same directory (same
 * file system, so the rename is atomic), renamed over the target only when everything was
 * written. On any failure the temporary file is removed and the target left as it was.
 */
final class AtomicFile {
  interface Body {
    void writeTo(Writer out) throws Exception;
  }

  private AtomicFile() {}

  static void write(Path target, Body body) throws Exception {
    Path absolute = target.toAbsolutePath().normalize();
    Path dir = absolute.getParent();
    // A random name with CREATE_NEW rather than Files.createTempFile: the file then gets the
    // user's umask permissions like any other output file, not createTempFile's owner-only 0600.
    Path temp = dir.resolve("." + absolute.getFileName() + "."
        + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
    Writer out;
    try {
      out = new BufferedWriter(new OutputStreamWriter(new BufferedOutputStream(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), Session.BUFFER_BYTES),
          StandardCharsets.UTF_8), 8192);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
    boolean renamed = false;
    try {
      // Errors of the body (a bad query, an unreadable index) pass through as they are; only
      // the file's own operations are reported as "cannot write FILE".
      try (out) {
        body.writeTo(out);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw cannotWrite(target, e);
      }
      renamed = true;
    } finally {
      if (!renamed) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static IOException cannotWrite(Path target, IOException e) {
    return new IOException("cannot write " + target + ": " + reason(e), e);
  }

  private static String reason(IOException e) {
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such directory";
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    return Errors.describe(e);
  }
}
