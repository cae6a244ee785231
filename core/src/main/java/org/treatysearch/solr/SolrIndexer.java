package org.treatysearch.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.treatysearch.corpus.BadInputException;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.index.Indexer;

/**
 * {@code treaty index --solr URL}: the corpus's articles, parsed as for the embedded index, sent
 * to a collection, replacing what it held in one commit. Each run tags its documents with a run
 * id ({@link SolrDocuments#RUN}, and in their unique key, so they overwrite nothing): it adds them
 * all without a commit (no searcher sees them), then deletes every other run's documents and
 * commits once, so searchers go from the old set to the new one at that commit. A run that fails
 * deletes its own documents, again without a commit: the collection keeps answering with the old
 * set. (A run that cannot reach the collection any more cannot delete them either: they stay
 * invisible until a commit, and the next run deletes them; README "Running on SolrCloud".)
 */
public final class SolrIndexer {
  /** Documents per update request: 500 passages are ~0.5 MB, one request per few articles. */
  private static final int BATCH = 500;

  /** What one run did: articles sent, passages and footnotes in them, files skipped (each reported). */
  public record Summary(int articles, long documents, int skipped) {}

  private SolrIndexer() {}

  /**
   * @param problems one line per skipped file, naming it
   * @throws BadInputException the corpus folder cannot be listed
   * @throws SolrFailureException the collection did not take the documents
   */
  public static Summary index(String url, Path corpusDir, Consumer<String> problems)
      throws BadInputException, SolrFailureException {
    int[] skipped = {0};
    Consumer<String> counted = p -> {
      skipped[0]++;
      problems.accept(p);
    };
    List<Path> files = CorpusReader.files(corpusDir, counted);
    // unique per run: the start time and random bits (two runs in one millisecond); letters and digits only, one query term
    String run = Long.toString(System.currentTimeMillis(), 36) + "r" + Long.toString(new SecureRandom().nextLong() >>> 1, 36);
    try (SolrCollection solr = SolrCollection.of(url)) {
      solr.mustAnswer();
      try {
        List<SolrInputDocument> batch = new ArrayList<>();
        int articles = 0;
        long documents = 0;
        for (Path file : files) {
          if (sizeOf(file) > Indexer.MAX_FILE_BYTES) {
            counted.accept(file + ": too large (over " + (Indexer.MAX_FILE_BYTES >> 20) + " MB); skipped");
            continue;
          }
          List<SolrInputDocument> docs;
          try {
            docs = SolrDocuments.of(CorpusReader.read(file), run);
          } catch (BadInputException e) {
            counted.accept(e.getMessage() + "; skipped");
            continue;
          }
          articles++;
          documents += docs.stream().filter(SolrDocuments::isHit).count();
          batch.addAll(docs);
          if (batch.size() >= BATCH) {
            solr.client.add(batch);
            batch.clear();
          }
        }
        if (!batch.isEmpty()) {
          solr.client.add(batch);
        }
        solr.client.deleteByQuery("*:* -" + SolrDocuments.RUN + ":" + run);
        solr.client.commit();
        return new Summary(articles, documents, skipped[0]);
      } catch (SolrServerException | SolrException | IOException e) {
        SolrFailureException failure = solr.failure(e);
        forget(solr, run, failure);
        throw failure;
      }
    } catch (SolrFailureException e) {
      throw e;
    } catch (IOException e) {
      throw new SolrFailureException(url, SolrFailureException.Failure.UNREACHABLE, 0, String.valueOf(e.getMessage()), e);
    }
  }

  /** Deletes a failed run's documents, without a commit (they were never visible); the run's failure is what is reported. */
  private static void forget(SolrCollection solr, String run, SolrFailureException failure) {
    try {
      solr.client.deleteByQuery(SolrDocuments.RUN + ":" + run);
    } catch (SolrServerException | SolrException | IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** 0 when the size cannot be read: reading the file then reports why. */
  private static long sizeOf(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
