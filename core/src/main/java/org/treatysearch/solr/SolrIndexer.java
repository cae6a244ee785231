package org.treatysearch.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * to a collection. The collection's passages are replaced: everything is deleted, the corpus
 * added and one commit makes the new set visible (a query during the run still sees the old set:
 * Solr opens a new searcher only on that commit).
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
    try (SolrCollection solr = SolrCollection.of(url)) {
      try {
        solr.client.deleteByQuery("*:*");
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
            docs = SolrDocuments.of(CorpusReader.read(file));
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
        solr.client.commit();
        return new Summary(articles, documents, skipped[0]);
      } catch (SolrServerException | SolrException | IOException e) {
        throw solr.failure(e);
      }
    } catch (SolrFailureException e) {
      throw e;
    } catch (IOException e) {
      throw new SolrFailureException(url, SolrFailureException.Failure.UNREACHABLE, 0, String.valueOf(e.getMessage()), e);
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
