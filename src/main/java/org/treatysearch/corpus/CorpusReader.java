package org.treatysearch.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the corpus files of a folder and reads each into an {@link Article}. */
public final class CorpusReader {
  private CorpusReader() {}

  /** The {@code *.md} and {@code *.txt} regular files of {@code dir}, sorted by name (others, e.g. NOTICE, skipped). */
  public static List<Path> files(Path dir) throws BadInputException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if ((name.endsWith(".md") || name.endsWith(".txt")) && Files.isRegularFile(p)) {
          files.add(p);
        }
      }
    } catch (IOException | SecurityException e) {
      throw new BadInputException(dir + ": cannot list corpus folder (" + reason(e) + ")");
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  /** Reads and parses one file; empty, binary or non-UTF-8 files throw with a message naming the file. */
  public static Article read(Path file) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      throw new BadInputException(file + ": unreadable (" + reason(e) + ")");
    }
    String text = decode(file, bytes);
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    try {
      return ArticleParser.parse(id, text);
    } catch (RuntimeException | StackOverflowError e) {
      // Not expected for any input; still one named line rather than a stack trace.
      throw new BadInputException(file + ": cannot be parsed (" + reason(e) + ")");
    }
  }

  /** Strict UTF-8: the first malformed byte is reported with its offset. */
  static String decode(Path file, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(file + ": empty file");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(file + ": binary file (NUL byte at offset " + i + ")");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      throw new BadInputException(String.format("%s: not valid UTF-8 (byte 0x%02x at offset %d)",
          file, bytes[at] & 0xff, at));
    }
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      throw new BadInputException(file + ": empty file (white space only)");
    }
    return text;
  }

  private static String reason(Throwable e) {
    String m = e.getMessage();
    String r = e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return r.replace('\n', ' ').replace('\r', ' ');
  }

}
