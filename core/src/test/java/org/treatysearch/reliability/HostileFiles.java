package org.treatysearch.reliability;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.treatysearch.index.Indexer;

/**
 * Writes hostile files into a corpus folder. Each is either BAD (must be named on stderr and
 * skipped), GOOD (valid, however odd: must be indexed, in bounded time), or IGNORED (not a
 * {@code .md}/{@code .txt} name: silently ignored).
 */
final class HostileFiles {
  enum Verdict { BAD, GOOD, IGNORED }

  /** File name → verdict, in the order written. */
  final Map<String, Verdict> files = new LinkedHashMap<>();
  /** Whether chmod 000 really blocks reading here (not when the tests run as root). */
  boolean chmodBlocks;
  boolean fifo;

  private final Path dir;
  private final Random random = new Random(4);

  HostileFiles(Path dir) {
    this.dir = dir;
  }

  HostileFiles writeAll() throws IOException, InterruptedException {
    Files.createDirectories(dir);
    // not UTF-8, binary, empty
    bytes("binary.md", Verdict.BAD, randomBytes(4096, true));
    bytes("latin1.md", Verdict.BAD, "Caf\u00e9 au lait, \u00e0 la fran\u00e7aise.\n".getBytes(StandardCharsets.ISO_8859_1));
    bytes("gbk.txt", Verdict.BAD, "中苏友好同盟条约是一九四五年签订的条约。\n".getBytes(Charset.forName("GBK")));
    bytes("utf16.md", Verdict.BAD, "﻿中苏友好同盟条约\n".getBytes(StandardCharsets.UTF_16LE));
    bytes("overlong.md", Verdict.BAD, new byte[] {'a', (byte) 0xC0, (byte) 0xAF, 'b', '\n'});
    bytes("surrogate.md", Verdict.BAD, new byte[] {'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
    bytes("truncated-utf8.md", Verdict.BAD, new byte[] {'a', (byte) 0xE4, (byte) 0xB8});
    bytes("empty.md", Verdict.BAD, new byte[0]);
    text("blank.txt", Verdict.BAD, " \n\t\n\u3000\n");
    // valid however odd
    text("bom.md", Verdict.GOOD, "\uFEFF**BOM條約**是一個測試條約。\n");
    text("crlf.md", Verdict.GOOD, "**換行條約**\r\n\r\n第一段落，用 CRLF 結尾。\r\n\r\n## 條款\r\n\r\n第二段落。\r\n");
    text("control.md", Verdict.GOOD, "**控制字元條約**\n\n含有\u0001控制\u0007字元\u001b[31m與\u007f刪除。\n");
    // a single 10 MB line: larger than a corpus file may be (Indexer.MAX_FILE_BYTES)
    text("one-long-line.md", Verdict.BAD, longLine(10 << 20));
    // 5 MB without a space: read and parsed, but more text than one article may hold (Indexer.MAX_ARTICLE_CHARS)
    text("one-long-word.md", Verdict.BAD, "x".repeat(5 << 20));
    text("long-line.md", Verdict.GOOD, longLine(900_000)); // 300k characters on one line: fine
    text("nested-brackets.md", Verdict.GOOD, "**括號**\n\n" + "[".repeat(100_000) + "條約" + "]".repeat(100_000) + "\n");
    text("nested-parens.md", Verdict.GOOD, "**括號**\n\n" + "(（[{《".repeat(20_000) + "條約" + "》}]）)".repeat(20_000) + "\n");
    text("nested-links.md", Verdict.GOOD, "**連結**\n\n" + "[a](".repeat(20_000) + "b" + ")".repeat(20_000) + "\n");
    text("nested-quotes.md", Verdict.GOOD, "**引文**\n\n" + ">".repeat(100_000) + " 條約\n");
    text("nested-quote-lines.md", Verdict.GOOD, "**引文**\n\n" + nestedQuoteLines(20_000));
    text("nested-lists.md", Verdict.GOOD, "**列表**\n\n" + "- ".repeat(100_000) + "條約\n");
    text("nested-list-lines.md", Verdict.GOOD, "**列表**\n\n" + nestedListLines(1_000));
    text("nested-emphasis.md", Verdict.GOOD, "**強調**\n\n" + "*_".repeat(20_000) + "條約" + "_*".repeat(20_000) + "\n");
    text("nested-html.md", Verdict.GOOD, "**標籤**\n\n" + "<span>".repeat(50_000) + "條約" + "</span>".repeat(50_000) + "\n");
    text("nested-wiki.md", Verdict.GOOD, "**維基**\n\n" + "-{".repeat(50_000) + "條約" + "}-".repeat(50_000) + "\n");
    text("many-footnotes.md", Verdict.GOOD, "**註腳**\n\n" + "條約\\[1\\]".repeat(20_000) + "\n");
    text("many-headings.md", Verdict.GOOD, "**標題**\n\n" + "## 條\n\n段\n\n".repeat(5_000));
    text("backticks.md", Verdict.GOOD, "**代碼**\n\n" + "`".repeat(100_000) + "條約\n");
    text("unclosed-fence.md", Verdict.GOOD, "**圍欄**\n\n```\n" + "條約 ```` \n".repeat(10_000));
    // too large to read at all (sparse: no disk used)
    try (RandomAccessFile raf = new RandomAccessFile(dir.resolve("huge.md").toFile(), "rw")) {
      raf.setLength(Indexer.MAX_FILE_BYTES + 1);
    }
    files.put("huge.md", Verdict.BAD);
    // unreadable (root reads it anyway: then it is a good file)
    Path locked = dir.resolve("unreadable.md");
    Files.writeString(locked, "**鎖住的條約**\n\n不可讀的檔案。\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    chmodBlocks = !readable(locked);
    files.put("unreadable.md", chmodBlocks ? Verdict.BAD : Verdict.GOOD);
    // a read that fails with EIO whoever runs the tests: reading address 0 of a process's memory
    if (Files.isReadable(Path.of("/proc/self/mem"))) {
      Files.createSymbolicLink(dir.resolve("io-error.md"), Path.of("/proc/self/mem"));
      files.put("io-error.md", Verdict.BAD);
    }
    // links: a loop, a two-link loop, a dangling link, a link to a good file, a folder loop
    Files.createSymbolicLink(dir.resolve("loop.md"), Path.of("loop.md"));
    files.put("loop.md", Verdict.BAD);
    Files.createSymbolicLink(dir.resolve("ping.md"), Path.of("pong.md"));
    Files.createSymbolicLink(dir.resolve("pong.md"), Path.of("ping.md"));
    files.put("ping.md", Verdict.BAD);
    files.put("pong.md", Verdict.BAD);
    Files.createSymbolicLink(dir.resolve("dangling.md"), Path.of("nowhere.md"));
    files.put("dangling.md", Verdict.BAD);
    text("target-of-link.txt.orig", Verdict.IGNORED, "**連結目標**\n\n經由連結讀到的條約。\n");
    Files.createSymbolicLink(dir.resolve("linked.md"), Path.of("target-of-link.txt.orig"));
    files.put("linked.md", Verdict.GOOD);
    Files.createSymbolicLink(dir.resolve("self"), Path.of("."));
    files.put("self", Verdict.IGNORED);
    Files.createDirectories(dir.resolve("folder.md"));
    files.put("folder.md", Verdict.BAD);
    // a FIFO would block a reader forever
    fifo = new ProcessBuilder("mkfifo", dir.resolve("fifo.md").toString()).start().waitFor(10, TimeUnit.SECONDS)
        && Files.exists(dir.resolve("fifo.md"));
    if (fifo) {
      files.put("fifo.md", Verdict.BAD);
    }
    // a name that would break a one-line error message
    bytes("two\nlines.md", Verdict.BAD, new byte[] {(byte) 0xff});
    // one id, two files
    text("twin.md", Verdict.GOOD, "**雙胞胎**\n\n第一個。\n");
    text("twin.txt", Verdict.BAD, "**雙胞胎**\n\n第二個。\n");
    // not articles: ignored without a word
    bytes("NOTICE", Verdict.IGNORED, "not an article".getBytes(StandardCharsets.UTF_8));
    bytes("image.png", Verdict.IGNORED, randomBytes(2048, true));
    bytes("notes.MD.bak", Verdict.IGNORED, randomBytes(100, true));
    bytes(".swap.md.swp", Verdict.IGNORED, randomBytes(100, true));
    bytes("archive.tar.gz", Verdict.IGNORED, randomBytes(100, true));
    return this;
  }

  long count(Verdict v) {
    return files.values().stream().filter(x -> x == v).count();
  }

  private static boolean readable(Path file) {
    try {
      Files.readAllBytes(file);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private void bytes(String name, Verdict v, byte[] content) throws IOException {
    Files.write(dir.resolve(name), content);
    files.put(name, v);
  }

  private void text(String name, Verdict v, String content) throws IOException {
    bytes(name, v, content.getBytes(StandardCharsets.UTF_8));
  }

  private byte[] randomBytes(int n, boolean withNul) {
    byte[] b = new byte[n];
    random.nextBytes(b);
    if (withNul) {
      b[n / 2] = 0;
    }
    return b;
  }

  /** About {@code bytes} of UTF-8 on one line: Han characters, Latin words, digits and punctuation. */
  private String longLine(int bytes) {
    StringBuilder b = new StringBuilder(bytes / 2);
    b.append("**長行條約** ");
    int size = 0;
    while (size < bytes) {
      switch (random.nextInt(4)) {
        case 0 -> {
          String w = "treaty" + random.nextInt(1000) + " ";
          b.append(w);
          size += w.length();
        }
        case 1 -> {
          b.append("，");
          size += 3;
        }
        default -> {
          int n = 1 + random.nextInt(8);
          for (int i = 0; i < n; i++) {
            b.append((char) (0x4E00 + random.nextInt(0x5000)));
          }
          size += 3 * n;
        }
      }
    }
    return b.toString();
  }

  private static String nestedQuoteLines(int depth) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= depth; i += 1 + i / 10) {
      b.append(">".repeat(i)).append(" 第").append(i).append("層\n");
    }
    return b.toString();
  }

  private static String nestedListLines(int depth) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      b.append("  ".repeat(i)).append("- 第").append(i).append("層\n");
    }
    return b.toString();
  }
}
