package org.treatysearch.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.treatysearch.search.Hit;

/**
 * RFC 4180 (CRLF line ends, fields quoted when needed) with a header row. Columns:
 * {@link #COLUMNS}; {@code section} joins headings with {@code " > "}, {@code refs} are the cited
 * footnote numbers separated by spaces, {@code footnotes} holds one {@code [n] text} per line.
 * In batch mode a {@code query} column comes first.
 */
public final class CsvPrinter implements HitPrinter {
  public static final List<String> COLUMNS = List.of(
      "id", "article", "title", "section", "kind", "rank", "score", "text", "refs", "footnotes", "source", "appendix");

  private final CSVPrinter csv;
  private final boolean batch;

  public CsvPrinter(Writer out, boolean batch) {
    this.batch = batch;
    List<String> header = new ArrayList<>();
    if (batch) {
      header.add("query");
    }
    header.addAll(COLUMNS);
    try {
      this.csv = new CSVPrinter(out,
          CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void hit(Hit hit, String query) throws IOException {
    List<Object> row = new ArrayList<>(COLUMNS.size() + 1);
    if (batch) {
      row.add(query);
    }
    row.add(hit.id());
    row.add(hit.article());
    row.add(hit.title());
    row.add(String.join(" > ", hit.section()));
    row.add(hit.kind());
    row.add(hit.rank());
    row.add(Scores.plain(hit.score()));
    row.add(hit.text());
    row.add(hit.refs().stream().map(String::valueOf).collect(Collectors.joining(" ")));
    row.add(hit.footnotes().stream().map(f -> "[" + f.n() + "] " + f.text()).collect(Collectors.joining("\n")));
    row.add(hit.source());
    row.add(String.valueOf(hit.appendix()));
    csv.printRecord(row);
  }
}
