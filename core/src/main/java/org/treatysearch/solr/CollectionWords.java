package org.treatysearch.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrException;
import org.treatysearch.analysis.Folding;
import org.treatysearch.index.IndexFields;

/**
 * Which pieces of a query are smartcn words somewhere in the collection. The engine splits a
 * query word into the longest words its index knows; on a shard that index is the shard's
 * documents only, so the split (and the score) would depend on where passages landed. Every
 * piece the split can look up is a run of at most {@value #MAX_WORD} characters of the folded,
 * lowercased query, so all of them are asked once, collection-wide, and the answer goes to the
 * shards with the query (the plugin's {@code treaty.words}).
 */
final class CollectionWords {
  /** IndexVocabulary's longest word and longest split query word (8 and 64 characters). */
  private static final int MAX_WORD = 8;
  private static final int MAX_RUN = 64;
  /** Query syntax, white space and punctuation: no smartcn word spans them (the stop filter drops punctuation). */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\p{P}\\p{S}]+");
  /** Quoted phrases join Han characters across white space (HanChars.joinHan). */
  private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");
  static final String FIELD = IndexFields.TEXT + IndexFields.WORDS;

  private CollectionWords() {}

  /** Every run the vocabulary split may look up, folded and lowercased. */
  static Set<String> candidates(String query) {
    Set<String> out = new LinkedHashSet<>();
    for (String text : List.of(query, SPACE_BETWEEN_HAN.matcher(query).replaceAll(""))) {
      for (String run : SEPARATORS.split(Folding.fold(text).toLowerCase(Locale.ROOT))) {
        if (run.isEmpty() || run.length() > MAX_RUN) {
          continue; // longer words are not split by the engine either
        }
        for (int i = 0; i < run.length(); i++) {
          for (int len = 1; len <= MAX_WORD && i + len <= run.length(); len++) {
            out.add(run.substring(i, i + len));
          }
        }
      }
    }
    return out;
  }

  /** The candidates of {@code query} that the collection holds. */
  static List<String> known(SolrCollection solr, String query) throws SolrFailureException {
    Set<String> candidates = candidates(query);
    if (candidates.isEmpty()) {
      return List.of();
    }
    SolrQuery terms = new SolrQuery();
    terms.setRequestHandler("/terms");
    terms.setTerms(true);
    terms.addTermsField(FIELD);
    terms.set("terms.list", String.join(",", candidates));
    terms.setTermsLimit(-1);
    try {
      TermsResponse response = solr.client.query(terms, SolrRequest.METHOD.POST).getTermsResponse();
      List<String> found = new ArrayList<>();
      List<TermsResponse.Term> list = response == null ? null : response.getTerms(FIELD);
      if (list != null) {
        for (TermsResponse.Term t : list) {
          if (t.getFrequency() > 0) {
            found.add(t.getTerm());
          }
        }
      }
      return found;
    } catch (SolrServerException | SolrException | IOException e) {
      throw solr.failure(e);
    }
  }
}
