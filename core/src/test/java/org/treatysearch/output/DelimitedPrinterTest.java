package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class DelimitedPrinterTest {

  @Test
  void tsvHasFiveColumnsNoHeaderAndEscapedFields() throws Exception {
    StringWriter out = new StringWriter();
    TsvPrinter printer = new TsvPrinter(out);
    printer.hit(Fixtures.yalta(), null);
    printer.hit(Fixtures.awkward(), null);
    String[] lines = out.toString().split("\n", -1);
    assertEquals(3, lines.length);
    assertEquals(List.of("000_a#3", "中蘇友好同盟條約", "背景 > 雅爾塔", "12.5", "𠀀在雅爾塔會議上，蘇聯提出條件。"),
        List.of(lines[0].split("\t", -1)));
    String[] awkward = lines[1].split("\t", -1);
    assertEquals(5, awkward.length, "tabs inside fields must not add columns");
    assertEquals("Title\\twith \"tab\", comma", awkward[1]);
    assertEquals("A > B\\\\C", awkward[2]);
    assertEquals("0.000125", awkward[3], "plain decimal, never exponent notation");
    assertEquals("line one\\nline\\ttwo, \"quoted\" \\\\ back *star* [x]", awkward[4]);
  }

  @Test
  void tsvBatchPutsTheQueryFirst() throws Exception {
    StringWriter out = new StringWriter();
    new TsvPrinter(out).hit(Fixtures.yalta(), "雅尔塔\t会议");
    assertTrue(out.toString().startsWith("雅尔塔\\t会议\t000_a#3\t"));
  }

  @Test
  void csvParsesBackWithHeaderAndExactValues() throws Exception {
    StringWriter out = new StringWriter();
    CsvPrinter printer = new CsvPrinter(out, false);
    printer.hit(Fixtures.yalta(), null);
    printer.hit(Fixtures.awkward(), null);
    printer.finish();
    assertTrue(out.toString().contains("\r\n"), "RFC 4180 line ends");

    try (CSVParser parser = CSVParser.parse(new StringReader(out.toString()),
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build())) {
      assertEquals(CsvPrinter.COLUMNS, parser.getHeaderNames());
      List<CSVRecord> rows = parser.getRecords();
      assertEquals(2, rows.size());
      CSVRecord yalta = rows.get(0);
      assertEquals("000_a#3", yalta.get("id"));
      assertEquals("000_a", yalta.get("article"));
      assertEquals("背景 > 雅爾塔", yalta.get("section"));
      assertEquals("paragraph", yalta.get("kind"));
      assertEquals("1", yalta.get("rank"));
      assertEquals("12.5", yalta.get("score"));
      assertEquals("1 2", yalta.get("refs"));
      assertEquals("[1] 紐約時報, 1945\n[2] ", yalta.get("footnotes"));
      assertEquals("https://zh.wikipedia.org/wiki/中蘇友好同盟條約", yalta.get("source"));
      assertEquals(Fixtures.awkward().text(), rows.get(1).get("text"));
      assertEquals(Fixtures.awkward().title(), rows.get(1).get("title"));
    }
  }

  @Test
  void csvHeaderAloneWhenNothingMatched() throws Exception {
    StringWriter out = new StringWriter();
    new CsvPrinter(out, false).finish();
    assertEquals(String.join(",", CsvPrinter.COLUMNS) + "\r\n", out.toString());
  }
}
