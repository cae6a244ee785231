package org.treatysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that cannot be ingested fail with one named line; pathological but valid files parse.
 * The timeouts are hang guards only (generous), not speed assertions.
 */
class BadInputTest {
  @TempDir Path dir;

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private String failure(Path p) {
    BadInputException e = assertThrows(BadInputException.class, () -> CorpusReader.read(p));
    assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    assertTrue(e.getMessage().startsWith(p.toString() + ": "), e.getMessage());
    return e.getMessage();
  }

  @Test
  void emptyFile() throws IOException, BadInputException {
    assertEquals(dir.resolve("x.md") + ": empty file", failure(write("x.md", new byte[0])));
    assertTrue(failure(write("blank.md", " \n\n")).contains("empty"));
  }

  @Test
  void binaryFile() throws IOException, BadInputException {
    assertEquals(dir.resolve("b.md") + ": binary file (NUL byte at offset 2)",
        failure(write("b.md", new byte[] {'a', 'b', 0, 1, 2})));
  }

  @Test
  void invalidUtf8() throws IOException, BadInputException {
    byte[] bytes = {'o', 'k', (byte) 0xE4, (byte) 0xB8, (byte) 0xAD, (byte) 0xC3, '(', 'x'};
    assertEquals(dir.resolve("u.md") + ": not valid UTF-8 (byte 0xc3 at offset 5)", failure(write("u.md", bytes)));
    assertTrue(failure(write("latin1.md", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).contains("not valid UTF-8"));
  }

  @Test
  void unreadableFileIsNamed() {
    Path missing = dir.resolve("missing.md");
    assertTrue(failure(missing).contains("unreadable"));
  }

  @Test
  void filesListsMarkdownAndTextSortedSkippingOthers() throws IOException, BadInputException {
    write("b.txt", "b");
    write("a.md", "a");
    write("NOTICE", "licence");
    write("c.json", "{}");
    Files.createDirectory(dir.resolve("d.md"));
    assertEquals(List.of(dir.resolve("a.md"), dir.resolve("b.txt")), CorpusReader.files(dir));
    assertThrows(BadInputException.class, () -> CorpusReader.files(dir.resolve("nope")));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundredThousandNestedBrackets() throws IOException, BadInputException {
    Article a = CorpusReader.read(write("brackets.md", "[".repeat(100_000) + "文" + "]".repeat(100_000) + "\n"));
    String text = a.passages().findFirst().orElseThrow().text();
    assertEquals(200_001, text.length());
    Article links = CorpusReader.read(write("links.md",
        "[".repeat(100_000) + "a](../Page/A.md \"wikilink\")" + "](x)".repeat(1000) + "\n"));
    assertTrue(links.passages().findAny().isPresent());
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void hundredThousandNestedQuotesAndLists() throws IOException, BadInputException {
    Article quotes = CorpusReader.read(write("quotes.md", ">".repeat(100_000) + " 深\n" + "> ".repeat(100_000) + "層\n"));
    assertEquals("深層", quotes.passages().findFirst().orElseThrow().text());
    Article lists = CorpusReader.read(write("lists.md", "- ".repeat(100_000) + "項\n"));
    assertEquals(List.of("項"), lists.passages().map(Passage::text).toList());
    StringBuilder indented = new StringBuilder();
    for (int i = 0; i < 2_000; i++) {
      indented.append(" ".repeat(2 * i)).append("- ").append(i).append('\n');
    }
    Article deep = CorpusReader.read(write("indent.md", indented.toString()));
    assertEquals(2_000, deep.passages().count());
    Article emphasis = CorpusReader.read(write("em.md", "*a ".repeat(50_000) + "b" + " c*".repeat(50_000) + "\n"));
    // beyond the cap the markers show literally; what matters is that every letter is there
    assertEquals(100_001, emphasis.passages().findFirst().orElseThrow().text().chars().filter(Character::isLetter).count());
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void tenMegabyteSingleLine() throws IOException, BadInputException {
    String unit = "外蒙古[公民投票](../Page/外蒙古獨立公民投票.md \"wikilink\")\\[1\\]-{杰}-（）";
    int copies = 10_000_000 / unit.getBytes(StandardCharsets.UTF_8).length + 1;
    StringBuilder sb = new StringBuilder(unit.length() * copies);
    sb.append(unit.repeat(copies));
    Article a = CorpusReader.read(write("long.md", sb.toString()));
    Passage p = a.passages().findFirst().orElseThrow();
    assertTrue(Files.size(dir.resolve("long.md")) >= 10_000_000);
    assertTrue(p.text().startsWith("外蒙古公民投票杰外蒙古"));
    assertEquals(p.refs().size(), p.links().size());
  }
}
