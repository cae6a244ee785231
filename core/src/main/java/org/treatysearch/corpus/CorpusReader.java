package org.treatysearch.corpus;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/** Finds the corpus files of a folder and reads each into an {@link Article}. */
public final class CorpusReader {
  private CorpusReader() {}

  /** The {@code *.md} and {@code *.txt} regular files of {@code dir}, sorted by name, less the non-articles of {@link #isNotArticle}. */
  public static List<Path> files(Path dir) throws BadInputException {
    return files(dir, problem -> {});
  }

  /**
   * Like {@link #files(Path)}, and names on {@code problems} each {@code *.md}/{@code *.txt} entry
   * that is not a regular file (a directory, a broken symbolic link or a link loop, a FIFO that
   * would block the reader): the user meant it as an article, so it is skipped out loud. Entries
   * with other names are ignored silently.
   */
  public static List<Path> files(Path dir, Consumer<String> problems) throws BadInputException {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (!name.endsWith(".md") && !name.endsWith(".txt") || isNotArticle(name)) {
          continue;
        }
        if (Files.isRegularFile(p)) {
          files.add(p);
        } else {
          problems.accept(p + ": " + notRegular(p) + "; skipped");
        }
      }
    } catch (IOException | SecurityException | DirectoryIteratorException e) {
      throw new BadInputException(dir, "cannot list corpus folder (" + reason(e) + ")");
    }
    files.sort(Comparator.comparing(p -> p.getFileName().toString()));
    return files;
  }

  /**
   * SPEC §2: README*, NOTICE*, LICENSE* and SOURCES* beside the articles describe the corpus and
   * are not articles. Matched in capitals as SPEC writes them, so an article titled "Notice" or
   * "Sources of law" (Wikipedia titles start with a capital, then lower case) stays an article.
   */
  static boolean isNotArticle(String fileName) {
    for (String prefix : NOT_ARTICLES) {
      if (fileName.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> NOT_ARTICLES = List.of("README", "NOTICE", "LICENSE", "SOURCES");

  private static String notRegular(Path p) {
    if (Files.isDirectory(p)) {
      return "is a directory";
    }
    if (Files.isSymbolicLink(p)) {
      try {
        p.toRealPath();
      } catch (NoSuchFileException e) {
        return "broken symbolic link";
      } catch (FileSystemException e) {
        String why = String.valueOf(e.getReason());
        return why.startsWith("Too many levels of symbolic links") ? "symbolic link loop" : "unresolvable symbolic link (" + why + ")";
      } catch (IOException e) {
        return "unresolvable symbolic link (" + reason(e) + ")";
      }
    }
    return Files.exists(p) ? "not a regular file" : "cannot be examined";
  }

  /** The article id of a corpus file: its name without the extension. */
  public static String articleId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Reads and parses one file; empty, binary or non-UTF-8 files throw with a message naming the file. */
  public static Article read(Path file) throws BadInputException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (AccessDeniedException e) {
      throw new BadInputException(file, "unreadable (permission denied)");
    } catch (IOException | SecurityException | OutOfMemoryError e) {
      throw new BadInputException(file, "unreadable (" + reason(e) + ")");
    }
    String text = decode(file, bytes);
    String id = articleId(file);
    try {
      return ArticleParser.parse(id, text);
    } catch (RuntimeException | StackOverflowError e) {
      // Not expected for any input; still one named line rather than a stack trace.
      throw new BadInputException(file, "cannot be parsed (" + reason(e) + ")");
    }
  }

  /** Strict UTF-8: the first malformed byte is reported with its offset. */
  static String decode(Path file, byte[] bytes) throws BadInputException {
    if (bytes.length == 0) {
      throw new BadInputException(file, "empty file");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BadInputException(file, "binary file (NUL byte at offset " + i + ")");
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
      throw new BadInputException(file, String.format("not valid UTF-8 (byte 0x%02x at offset %d)",
          bytes[at] & 0xff, at));
    }
    out.flip();
    String text = out.toString();
    if (text.isBlank()) {
      throw new BadInputException(file, "empty file (white space only)");
    }
    return text;
  }

  private static String reason(Throwable e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String m = e.getMessage();
    String r = e.getClass() == IOException.class && m != null ? m : e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    return r.replace('\n', ' ').replace('\r', ' ');
  }

}
