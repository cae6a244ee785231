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
  void aDateQueryIsRefusedNotAnsweredWithNothing() {
    CliRun r = CliRun.run("search", "--solr", NOBODY, "date:1945 外蒙古");
    assertEquals(2, r.exit());
    assertEquals("treaty: query 'date:1945 外蒙古': date: is not available with --solr yet (search the local index)\n", r.err());
  }

  @Test
  void whatOnlyTheLocalIndexAnswersIsAUsageError() {
    for (String option : new String[] {"--explain", "-C"}) {
      CliRun r = option.equals("-C")
          ? CliRun.run("search", "--solr", NOBODY, "-C", "1", "外蒙古")
          : CliRun.run("search", "--solr", NOBODY, option, "外蒙古");
      assertEquals(2, r.exit(), option);
      assertTrue(r.err().startsWith("treaty: " + (option.equals("-C") ? "-A, -B and -C" : option)
          + " needs the local index, not a Solr collection"), r.err());
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
