package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.CoreAdminRequest;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.testing.TestCorpus;

/**
 * The plugin's {@code wt=treaty} on one Solr core (no cluster: the writer then reads the core's
 * DocList; SolrCloudTest checks the merged documents of a coordinating node): filled with the 27
 * test articles through the CLI's {@code index --solr}, its jsonl, tsv, csv and md are the bytes
 * the CLI's {@code search --format} prints from the embedded index of the same articles.
 */
class ResponseWriterTest {
  static final Path ARTICLES = Path.of("../core/src/test/resources/articles");
  static final Path CONFIGSET = Path.of("src/main/resources/configsets/treaty/conf");

  @TempDir static Path tmp;
  static JettySolrRunner jetty;
  static String index;
  static String solr;
  static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void coreAndIndexes() throws Exception {
    Path corpus = TestCorpus.corpus(tmp.resolve("corpus"), ARTICLES.resolve("seeds"), ARTICLES.resolve("extra"));
    index = tmp.resolve("index").toString();
    assertEquals(0, CliRun.run("index", "--corpus", corpus.toString(), "--index", index).exit());

    Path home = tmp.resolve("solr");
    Path conf = Files.createDirectories(home.resolve("configsets/treaty/conf"));
    try (Stream<Path> files = Files.list(CONFIGSET)) {
      for (Path f : files.toList()) {
        Files.copy(f, conf.resolve(f.getFileName()));
      }
    }
    Files.writeString(home.resolve("solr.xml"), "<solr/>");
    jetty = new JettySolrRunner(home.toString(), JettyConfig.builder().build());
    jetty.start();
    CoreAdminRequest.Create create = new CoreAdminRequest.Create();
    create.setCoreName("treaty");
    create.setConfigSet("treaty");
    create.process(jetty.newClient());
    solr = jetty.getBaseUrl() + "/treaty";

    CliRun indexed = CliRun.run("index", "--corpus", corpus.toString(), "--solr", solr);
    assertEquals(0, indexed.exit(), indexed.err());
  }

  @AfterAll
  static void stop() throws Exception {
    if (jetty != null) {
      jetty.stop();
    }
  }

  /** The body of {@code /select} with these parameters (name, value, …), and its status. */
  static HttpResponse<String> select(String... params) throws Exception {
    return selectAt(solr, params);
  }

  /** {@link #select(String...)} of the collection or core at {@code url}. */
  static HttpResponse<String> selectAt(String url, String... params) throws Exception {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < params.length; i += 2) {
      pairs.add(params[i] + "=" + URLEncoder.encode(params[i + 1], StandardCharsets.UTF_8));
    }
    URI uri = URI.create(url + "/select?" + String.join("&", pairs));
    return HTTP.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The CLI's search on the embedded index, and wt=treaty with the same query, format, offset and count. */
  static void same(String query, String format, int offset, int n, List<String> cliOptions, String... solrParams)
      throws Exception {
    List<String> args = new ArrayList<>(List.of("search", "--index=" + index, "--format", format,
        "--offset", String.valueOf(offset), "-n", String.valueOf(n)));
    args.addAll(cliOptions);
    args.add(query);
    CliRun cli = CliRun.run(args.toArray(String[]::new));
    assertEquals(0, cli.exit(), cli.err());
    List<String> params = new ArrayList<>(List.of("q", query, "wt", "treaty", "treaty.format", format,
        "start", String.valueOf(offset), "rows", String.valueOf(n)));
    params.addAll(List.of(solrParams));
    HttpResponse<String> got = select(params.toArray(String[]::new));
    assertEquals(200, got.statusCode(), got.body());
    assertEquals(cli.out(), got.body(), format + " " + query + " " + params);
  }

  static final List<String> NO_ALIASES = List.of("--no-aliases");

  @Test
  void jsonlAndTsvAreTheCliBytes() throws Exception {
    // highlights of a two-word query; a phrase; a footnote; an appendix item; words in a heading
    for (String q : List.of("外蒙古 公民投票", "\"雅爾塔會議\"", "kind:footnote 紐約時報", "section:參見 條約", "中*條約")) {
      for (String format : List.of("jsonl", "tsv")) {
        same(q, format, 0, 10, NO_ALIASES);
      }
    }
  }

  @Test
  void theCliDefaultAliasesAreTheShippedTable() throws Exception {
    same("斯大林 羅斯福", "jsonl", 0, 10, List.of(), "treaty.aliases", "true");
  }

  @Test
  void pagesAndCsv() throws Exception {
    same("條約", "jsonl", 7, 5, NO_ALIASES);
    same("條約", "csv", 0, 20, NO_ALIASES);
  }

  /** Markdown is export's document (headings per article and section): the hits in document order, all of them. */
  @Test
  void markdownInDocumentOrderIsExport() throws Exception {
    CliRun cli = CliRun.run("export", "--index=" + index, "--format", "md", "--no-aliases", "外蒙古");
    assertEquals(0, cli.exit(), cli.err());
    HttpResponse<String> got = select("q", "外蒙古", "wt", "treaty", "treaty.format", "md",
        "sort", "article asc,seq asc", "rows", "1000");
    assertEquals(200, got.statusCode(), got.body());
    assertEquals(cli.out(), got.body());
  }

  @Test
  void theTestedQueriesShowWhatTheyAreFor() throws Exception {
    String footnotes = select("q", "kind:footnote 紐約時報", "wt", "treaty").body();
    assertTrue(footnotes.lines().allMatch(l -> l.contains("\"kind\":\"footnote\"")), footnotes);
    String appendix = select("q", "section:參見 條約", "wt", "treaty").body();
    assertTrue(appendix.contains("\"appendix\":true"), appendix);
    String highlighted = select("q", "外蒙古 公民投票", "wt", "treaty").body();
    assertTrue(highlighted.lines().allMatch(l -> !l.contains("\"highlights\":[]")), highlighted);
  }

  @Test
  void aBadFormatOrQueryIsSolrsErrorWithOneMessage() throws Exception {
    HttpResponse<String> format = select("q", "外蒙古", "wt", "treaty", "treaty.format", "text");
    assertEquals(400, format.statusCode(), format.body());
    assertTrue(format.body().contains("\"msg\":\"treaty.format: unknown format 'text' (expected jsonl, tsv, csv or md)\""),
        format.body());
    HttpResponse<String> query = select("q", "(外蒙古", "wt", "treaty", "treaty.format", "tsv");
    assertEquals(400, query.statusCode(), query.body());
    CliRun cli = CliRun.run("search", "--index=" + index, "(外蒙古");
    assertEquals(2, cli.exit());
    // the CLI's sentence, without its "treaty: " and the line end
    String why = cli.err().strip().replaceFirst("^treaty: ", "");
    assertTrue(query.body().contains("\"msg\":\"" + why + "\""), why + " in " + query.body());
    assertTrue(query.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), query.headers().toString());
  }
}
