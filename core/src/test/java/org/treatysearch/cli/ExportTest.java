package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysearch.output.CsvPrinter;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 4: {@code export} returns exactly the passages {@code search -c} counts, in document order
 * (article id, then passage number, footnotes after the passages), and every format says the same:
 * jsonl read with Jackson, csv with commons-csv, tsv unescaped, md parsed as CommonMark. All runs
 * go through the CLI in-process on a real index of the 27 test articles.
 */
class ExportTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> JSONL_KEYS = List.of(
      "id", "article", "title", "section", "kind", "rank", "score", "text", "highlights", "refs", "footnotes",
      "links", "source", "appendix", "dates");
  static String index;

  @BeforeAll
  static void buildIndex() {
    index = SharedIndex.index().toString();
  }

  /** Queries with and without filter options; every one matches something. */
  static Stream<List<String>> queries() {
    return Stream.of(
        List.of("外蒙古"),
        List.of("雅尔塔会议"),
        List.of("蘇聯 OR 苏联"),
        List.of("kind:footnote"),
        List.of("\"外蒙古\"", "-獨立"),
        List.of("--kind", "list-item", "條約"),
        List.of("--article", TestCorpus.TREATY_1945, "蘇聯"),
        List.of("--section", "批准", "條約"));
  }

  static CliRun cli(String command, List<String> options, String... more) {
    List<String> args = new ArrayList<>(List.of(command, "--index", index));
    args.addAll(Arrays.asList(more));
    args.addAll(options);
    return CliRun.run(args.toArray(String[]::new));
  }

  static CliRun ok(CliRun run) {
    assertEquals("", run.err());
    assertEquals(0, run.exit());
    return run;
  }

  static List<JsonNode> jsonLines(String out) throws Exception {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isEmpty()) {
        rows.add(JSON.readTree(line));
      }
    }
    return rows;
  }

  /** Document order, worked out from the ids alone: Lucene sorts article ids by their UTF-8 bytes. */
  static final Comparator<JsonNode> DOCUMENT_ORDER = Comparator
      .comparing((JsonNode h) -> h.get("article").asText().getBytes(StandardCharsets.UTF_8), Arrays::compareUnsigned)
      .thenComparing(h -> h.get("kind").asText().equals("footnote"))
      .thenComparingInt(ExportTest::number);

  static int number(JsonNode hit) {
    String id = hit.get("id").asText();
    String n = id.substring(id.lastIndexOf('#') + 1);
    return Integer.parseInt(n.startsWith("fn") ? n.substring(2) : n);
  }

  static List<String> ids(List<JsonNode> hits) {
    return hits.stream().map(h -> h.get("id").asText()).toList();
  }

  @ParameterizedTest
  @MethodSource("queries")
  void jsonlHasExactlyTheCountedHitsInDocumentOrder(List<String> query) throws Exception {
    long count = Long.parseLong(ok(cli("search", query, "-c")).out().strip());
    assertTrue(count > 0, "the query must match something: " + query);
    List<JsonNode> ranked = jsonLines(ok(cli("search", query, "--format", "jsonl", "-n", "100000")).out());
    assertEquals(count, ranked.size(), "search -n <all> agrees with search -c");

    List<JsonNode> exported = jsonLines(ok(cli("export", query)).out());
    assertEquals(count, exported.size(), "export prints exactly as many hits as search -c counts");
    List<JsonNode> expected = new ArrayList<>(ranked);
    expected.sort(DOCUMENT_ORDER);
    assertEquals(ids(expected), ids(exported), "the searched hits, in document order");

    for (int i = 0; i < exported.size(); i++) {
      JsonNode hit = exported.get(i);
      List<String> keys = new ArrayList<>();
      hit.fieldNames().forEachRemaining(keys::add);
      assertEquals(JSONL_KEYS, keys, hit.toString());
      assertEquals(i + 1, hit.get("rank").asInt(), "rank counts document order from 1");
      JsonNode same = expected.get(i);
      for (String key : List.of("article", "title", "section", "kind", "text", "highlights", "refs", "footnotes",
          "links", "source", "appendix")) {
        assertEquals(same.get(key), hit.get(key), key + " of " + hit.get("id"));
      }
      assertEquals(same.get("score").floatValue(), hit.get("score").floatValue(), 1e-4f, "score of " + hit.get("id"));
      int length = hit.get("text").asText().codePointCount(0, hit.get("text").asText().length());
      for (JsonNode span : hit.get("highlights")) {
        assertTrue(0 <= span.get(0).asInt() && span.get(0).asInt() < span.get(1).asInt() && span.get(1).asInt() <= length,
            hit.get("id") + " " + span);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("queries")
  void csvTsvAndMarkdownCarryTheSameHits(List<String> query) throws Exception {
    List<JsonNode> hits = jsonLines(ok(cli("export", query)).out());
    assertFalse(hits.isEmpty());
    checkCsv(hits, ok(cli("export", query, "--format", "csv")).out());
    checkTsv(hits, ok(cli("export", query, "--format", "tsv")).out());
    checkMarkdown(hits, ok(cli("export", query, "--format", "md")).out());
  }

  static String sectionPath(JsonNode hit) {
    return StreamSupport.stream(hit.get("section").spliterator(), false).map(JsonNode::asText)
        .collect(Collectors.joining(" > "));
  }

  static void checkCsv(List<JsonNode> hits, String csv) throws Exception {
    assertTrue(csv.endsWith("\r\n"), "RFC 4180 line ends");
    try (CSVParser parser = CSVParser.parse(new StringReader(csv),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      assertEquals(CsvPrinter.COLUMNS, parser.getHeaderNames());
      List<CSVRecord> rows = parser.getRecords();
      assertEquals(hits.size(), rows.size(), "one record per hit");
      for (int i = 0; i < rows.size(); i++) {
        CSVRecord row = rows.get(i);
        JsonNode hit = hits.get(i);
        assertEquals(CsvPrinter.COLUMNS.size(), row.size());
        assertEquals(hit.get("id").asText(), row.get("id"));
        assertEquals(hit.get("article").asText(), row.get("article"));
        assertEquals(hit.get("title").asText(), row.get("title"));
        assertEquals(sectionPath(hit), row.get("section"));
        assertEquals(hit.get("kind").asText(), row.get("kind"));
        assertEquals(hit.get("rank").asText(), row.get("rank"));
        assertEquals(hit.get("score").floatValue(), Float.parseFloat(row.get("score")), row.get("id"));
        assertFalse(row.get("score").contains("E"), "plain decimal: " + row.get("score"));
        assertEquals(hit.get("text").asText(), row.get("text"));
        assertEquals(StreamSupport.stream(hit.get("refs").spliterator(), false).map(JsonNode::asText)
            .collect(Collectors.joining(" ")), row.get("refs"));
        assertEquals(StreamSupport.stream(hit.get("footnotes").spliterator(), false)
            .map(f -> "[" + f.get("n").asInt() + "] " + f.get("text").asText())
            .collect(Collectors.joining("\n")), row.get("footnotes"));
        assertEquals(hit.get("source").asText(), row.get("source"));
      }
    }
  }

  static void checkTsv(List<JsonNode> hits, String tsv) {
    List<String> lines = tsv.lines().toList();
    assertEquals(hits.size(), lines.size(), "one line per hit, no header");
    for (int i = 0; i < lines.size(); i++) {
      String[] fields = lines.get(i).split("\t", -1);
      JsonNode hit = hits.get(i);
      assertEquals(5, fields.length, lines.get(i));
      assertEquals(hit.get("id").asText(), unescapeTsv(fields[0]));
      assertEquals(hit.get("title").asText(), unescapeTsv(fields[1]));
      assertEquals(sectionPath(hit), unescapeTsv(fields[2]));
      assertEquals(hit.get("score").floatValue(), Float.parseFloat(fields[3]));
      assertEquals(hit.get("text").asText(), unescapeTsv(fields[4]));
    }
  }

  /** Undoes the README's TSV field encoding: {@code \\ \t \n \r}. */
  static String unescapeTsv(String field) {
    StringBuilder sb = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '\\' && i + 1 < field.length()) {
        char e = field.charAt(++i);
        sb.append(switch (e) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          case '\\' -> '\\';
          default -> throw new AssertionError("unknown escape \\" + e + " in " + field);
        });
      } else {
        assertFalse(c == '\t' || c == '\n' || c == '\r', field);
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /**
   * Reads the md export back as CommonMark: per article a level-1 heading (title) and a "Source:"
   * link; a level-2 heading when the section changes ("Footnotes" for footnotes); per hit a block
   * quote holding exactly its text, a line with its id, and a list of the footnotes it cites; at the
   * end a rule and the attribution (Wikipedia, CC BY-SA 4.0, every article's source).
   */
  static void checkMarkdown(List<JsonNode> hits, String md) {
    List<Node> blocks = children(Parser.builder().build().parse(md));
    int at = 0;
    String article = null;
    String section = null;
    Set<String> sources = new LinkedHashSet<>();
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      if (!hit.get("article").asText().equals(article)) {
        article = hit.get("article").asText();
        section = "";
        Heading title = assertInstanceOf(Heading.class, blocks.get(at++), id);
        assertEquals(1, title.getLevel());
        assertEquals(hit.get("title").asText(), text(title));
        Paragraph source = assertInstanceOf(Paragraph.class, blocks.get(at++), id);
        assertEquals("Source: " + hit.get("title").asText(), text(source));
        Link link = assertInstanceOf(Link.class, source.getLastChild());
        assertEquals(hit.get("source").asText(), link.getDestination());
        sources.add(hit.get("source").asText());
      }
      String heading = hit.get("kind").asText().equals("footnote") ? "Footnotes"
          : StreamSupport.stream(hit.get("section").spliterator(), false).map(JsonNode::asText)
              .collect(Collectors.joining(" › "));
      if (!heading.equals(section)) {
        section = heading;
        Heading h2 = assertInstanceOf(Heading.class, blocks.get(at++), id);
        assertEquals(2, h2.getLevel(), id);
        assertEquals(heading, text(h2), id);
      }
      BlockQuote quote = assertInstanceOf(BlockQuote.class, blocks.get(at++), id);
      assertEquals(hit.get("text").asText(), text(quote), "the quote holds exactly the text of " + id);
      Paragraph idLine = assertInstanceOf(Paragraph.class, blocks.get(at++), id);
      assertEquals(id, assertInstanceOf(Code.class, idLine.getLastChild(), id).getLiteral());
      if (!hit.get("footnotes").isEmpty()) {
        BulletList notes = assertInstanceOf(BulletList.class, blocks.get(at++), id);
        List<String> expected = StreamSupport.stream(hit.get("footnotes").spliterator(), false)
            .map(f -> ("[" + f.get("n").asInt() + "] " + f.get("text").asText()).strip()).toList();
        assertEquals(expected, children(notes).stream().map(ExportTest::text).toList(), "footnotes under " + id);
      }
    }
    assertInstanceOf(ThematicBreak.class, blocks.get(at++));
    Paragraph attribution = assertInstanceOf(Paragraph.class, blocks.get(at++));
    String line = text(attribution);
    assertTrue(line.startsWith("Text from Wikipedia") && line.contains("CC BY-SA 4.0"), line);
    List<String> links = new ArrayList<>();
    for (Node n = attribution.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Link l) {
        links.add(l.getDestination());
      }
    }
    assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", links.get(0));
    assertEquals(sources, new LinkedHashSet<>(links.subList(1, links.size())), "every article's source is credited");
    assertEquals(blocks.size(), at, "nothing after the attribution");
  }

  static List<Node> children(Node parent) {
    List<Node> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      out.add(n);
    }
    return out;
  }

  /** The literal text of a node: text and code spans, line breaks as newlines, blocks separated by a blank line. */
  static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    appendText(node, sb);
    return sb.toString();
  }

  private static void appendText(Node node, StringBuilder sb) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof Code c) {
        sb.append(c.getLiteral());
      } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        sb.append('\n');
      } else {
        if (n.getPrevious() != null && n instanceof Paragraph) {
          sb.append("\n\n");
        }
        appendText(n, sb);
      }
    }
  }

  @Test
  void outputFileHoldsWhatStdoutWouldAndNothingIsLeftBeside(@TempDir Path dir) throws Exception {
    for (String format : List.of("jsonl", "csv", "tsv", "md")) {
      String stdout = ok(cli("export", List.of("外蒙古"), "--format", format)).out();
      Path file = dir.resolve("out." + format);
      Files.writeString(file, "old contents");
      CliRun run = ok(cli("export", List.of("外蒙古"), "--format", format, "-o", file.toString()));
      assertEquals("", run.out(), "nothing on stdout with -o");
      assertEquals(stdout, Files.readString(file), format);
    }
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of("out.csv", "out.jsonl", "out.md", "out.tsv"),
          s.map(p -> p.getFileName().toString()).sorted().toList(), "no temporary files left");
    }
  }

  @Test
  void nothingFoundIsExit1WithAnEmptyDocument(@TempDir Path dir) throws Exception {
    List<String> none = List.of("zzyzx");
    assertEquals("0\n", cli("search", none, "-c").out());
    for (String format : List.of("jsonl", "tsv", "md")) {
      CliRun run = cli("export", none, "--format", format);
      assertEquals(1, run.exit(), format);
      assertEquals("", run.out(), format);
      assertEquals("", run.err(), format);
    }
    CliRun csv = cli("export", none, "--format", "csv");
    assertEquals(1, csv.exit());
    assertEquals(String.join(",", CsvPrinter.COLUMNS) + "\r\n", csv.out(), "csv still has its header");
    Path file = dir.resolve("none.jsonl");
    assertEquals(1, cli("export", none, "-o", file.toString()).exit());
    assertEquals("", Files.readString(file), "an empty result is still a complete file");
  }

  @Test
  void aBadQueryWithOutputFileLeavesTheOldFileAlone(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("out.csv"), "old contents");
    CliRun run = cli("export", List.of("(外蒙古"), "--format", "csv", "-o", file.toString());
    assertEquals(2, run.exit());
    assertEquals(1, run.errLines(), run.err());
    assertTrue(run.err().startsWith("treaty: "), run.err());
    assertEquals("old contents", Files.readString(file));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(List.of(file), s.toList(), "no temporary file left");
    }
  }

  @Test
  void unwritableOutputPathsAreOneLineExit2AndLeaveNothing(@TempDir Path dir) throws Exception {
    Path aFile = Files.writeString(dir.resolve("a-file"), "x");
    Path aDir = Files.createDirectory(dir.resolve("a-dir"));
    Path aFullDir = Files.createDirectory(dir.resolve("full-dir"));
    Files.writeString(aFullDir.resolve("inside"), "y");
    List<Path> before = tree(dir);
    for (Path target : List.of(aFile.resolve("out.csv"), dir.resolve("no/such/dir/out.csv"), aDir, aFullDir)) {
      CliRun run = cli("export", List.of("外蒙古"), "--format", "csv", "-o", target.toString());
      assertEquals(2, run.exit(), target.toString());
      assertEquals(1, run.errLines(), run.err());
      assertTrue(run.err().startsWith("treaty: cannot write " + target + ": "), run.err());
      assertEquals("", run.out());
      assertEquals(before, tree(dir), "nothing created or changed for " + target);
    }
    assertEquals("x", Files.readString(aFile));
  }

  private static List<Path> tree(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.sorted().toList();
    }
  }
}
