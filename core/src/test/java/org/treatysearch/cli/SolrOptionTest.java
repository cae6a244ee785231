package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysearch.testing.TestCorpus;

/** {@code --solr} and {@code TREATY_SOLR} without a cluster: the one-line errors (the cluster itself: solr/SolrCloudTest). */
class SolrOptionTest {
  /** Nothing listens on port 1 of the loopback address. */
  static final String NOBODY = "http://127.0.0.1:1/solr/treaty";

  @Test
  void notACollectionUrlIsOneLine() {
    CliRun r = CliRun.run("search", "--solr", "localhost:8983", "外蒙古");
    assertEquals(2, r.exit());
    assertEquals("treaty: not a Solr collection URL: localhost:8983 (expected http://HOST:PORT/solr/COLLECTION)\n", r.err());
  }

  @Test
  void anUnreachableSolrIsOneLineFromTheEnvironmentToo() {
    CliRun r = CliRun.run(Map.of("TREATY_SOLR", NOBODY), new byte[0], "export", "外蒙古");
    assertEquals(2, r.exit());
    assertEquals("treaty: cannot reach Solr at " + NOBODY + ": connection refused\n", r.err());
    assertEquals("", r.out());
  }

  @Test
  void aBadQueryIsRefusedBeforeAnyRequest() {
    CliRun r = CliRun.run("search", "--solr", NOBODY, "(外蒙古");
    assertEquals(2, r.exit());
    assertEquals("treaty: cannot parse query '(外蒙古': the '(' at column 1 is never closed\n", r.err());
  }

  @Test
  void aBadDateIsRefusedBeforeAnyRequest() {
    CliRun r = CliRun.run("search", "--solr", NOBODY, "date:1945-13 外蒙古");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("treaty: cannot parse query 'date:1945-13 外蒙古': "), r.err());
    assertEquals(1, r.errLines(), r.err());
  }

  @Test
  void explainIsALocalIndexUsageError() {
    CliRun r = CliRun.run("search", "--solr", NOBODY, "--explain", "外蒙古");
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("treaty: --explain needs the local index, not a Solr collection"), r.err());
  }

  @Test
  void everyCommandOnSolrFailsInOneLineWhenItIsUnreachable() {
    String[][] commands = {{"kwic", "外蒙古"}, {"dist", "外蒙古"}, {"show", "雅尔塔会议"}, {"stats"}, {"batch"}};
    for (String[] c : commands) {
      String[] args = new String[c.length + 2];
      args[0] = c[0];
      args[1] = "--solr";
      args[2] = NOBODY;
      System.arraycopy(c, 1, args, 3, c.length - 1);
      CliRun r = CliRun.run(Map.of(), "外蒙古\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), args);
      assertEquals(2, r.exit(), c[0] + ": " + r.err());
      assertEquals("treaty: cannot reach Solr at " + NOBODY + ": connection refused\n", r.err(), c[0]);
    }
  }

  @Test
  void indexingIntoAnUnreachableSolrIsOneLine() {
    CliRun r = CliRun.run("index", "--solr", NOBODY, "--corpus", TestCorpus.SEEDS.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("treaty: cannot reach Solr at " + NOBODY + ": "), r.err());
    assertEquals(1, r.errLines(), r.err());
  }
}
