package org.treatysearch.search;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.treatysearch.analysis.Folding;
import org.treatysearch.index.IndexFields;

/**
 * The query syntax of SPEC §3 on Lucene's classic query parser: AND by default, quoted phrases,
 * {@code -} exclusion, {@code OR}, parentheses and the field prefixes. What this class changes is
 * what one word means: it must appear as a contiguous run of characters (a phrase of character
 * bigrams) in the passage text, its section headings or its article title, with headings and
 * titles weighted; the smartcn word field adds word-level ranking without deciding the match (its
 * words are found in the index's own vocabulary, see {@link IndexVocabulary}).
 */
final class TreatyQueryParser extends QueryParser {
  /** Field prefixes users type, mapped to the grams field they search. */
  private static final Map<String, String> TEXT_FIELDS =
      Map.of("title", IndexFields.TITLE, "section", IndexFields.SECTION);
  private static final Set<String> KINDS = Set.of("paragraph", "list-item", "quote", "footnote");
  private static final String DEFAULT_FIELD = "_default";
  /**
   * Headings and titles are a bonus on top of the text, not a rival to it: with these weights (set
   * on the judged query set: MRR 0.751 at title 2 / section 1.5, 0.800 here) a passage that
   * contains the words outranks one that merely sits in an article or section named by them.
   */
  private static final float TITLE_BOOST = 0.5f;
  private static final float SECTION_BOOST = 0.7f;
  private static final float WORDS_WEIGHT = 0.5f;
  /** White space between two Han characters inside a quoted phrase joins them: Chinese has no word spaces. */
  private static final Pattern SPACE_BETWEEN_HAN =
      Pattern.compile("(?<=\\p{IsHan})\\s+(?=\\p{IsHan})");

  private final IndexVocabulary vocabulary;

  /** Wildcards ({@code *}, {@code ?}) one word may hold. */
  static final int MAX_WILDCARDS = 8;

  TreatyQueryParser(Analyzer queryAnalyzer, IndexVocabulary vocabulary) {
    super(DEFAULT_FIELD, queryAnalyzer);
    this.vocabulary = vocabulary;
    setDefaultOperator(Operator.AND);
    setSplitOnWhitespace(true);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    if (quoted) {
      queryText = SPACE_BETWEEN_HAN.matcher(queryText).replaceAll("");
    }
    switch (field) {
      case DEFAULT_FIELD:
        return anyText(queryText);
      case "link":
        return super.getFieldQuery(IndexFields.LINK, queryText, quoted);
      case "article":
        return new TermQuery(new Term(IndexFields.ARTICLE, queryText));
      case "kind":
        String kind = queryText.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(kind)) {
          throw new ParseException("unknown kind '" + queryText + "' (use paragraph, list-item, quote or footnote)");
        }
        return new TermQuery(new Term(IndexFields.KIND, kind));
      default:
        String grams = TEXT_FIELDS.get(field);
        if (grams == null) {
          throw unknownField(field);
        }
        return word(grams, queryText);
    }
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    return getFieldQuery(field, queryText, true); // "…"~N: Chinese phrases are matched exactly
  }

  /** A word in text, headings or title; the smartcn twin only adds to the score. */
  private Query anyText(String word) throws ParseException {
    BooleanQuery.Builder where = new BooleanQuery.Builder();
    addIfAny(where, word(IndexFields.TEXT, word), 1f);
    addIfAny(where, word(IndexFields.SECTION, word), SECTION_BOOST);
    addIfAny(where, word(IndexFields.TITLE, word), TITLE_BOOST);
    BooleanQuery must = where.build();
    if (must.clauses().isEmpty()) {
      return null; // only punctuation: the classic parser drops a null clause
    }
    BooleanQuery.Builder scored = new BooleanQuery.Builder().add(must, Occur.MUST);
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    for (String w : vocabulary.words(word)) {
      words.add(new TermQuery(new Term(IndexFields.TEXT + IndexFields.WORDS, w)), Occur.SHOULD);
    }
    BooleanQuery wordQuery = words.build();
    if (!wordQuery.clauses().isEmpty()) {
      scored.add(new BoostQuery(wordQuery, WORDS_WEIGHT), Occur.SHOULD);
    }
    return scored.build();
  }

  private Query word(String gramsField, String word) throws ParseException {
    return super.getFieldQuery(gramsField, word, true);
  }

  private static void addIfAny(BooleanQuery.Builder b, Query q, float boost) {
    if (q != null && !(q instanceof MatchNoDocsQuery)) {
      b.add(boost == 1f ? q : new BoostQuery(q, boost), Occur.SHOULD);
    }
  }

  @Override
  protected Query getWildcardQuery(String field, String termStr) throws ParseException {
    long wildcards = termStr.chars().filter(c -> c == '*' || c == '?').count();
    if (wildcards > MAX_WILDCARDS) {
      // Lucene builds an automaton per pattern: 40 mixed * and ? took 0.1-0.4 s, 300 much longer
      throw new ParseException("too many wildcards in one word (" + wildcards + "; at most " + MAX_WILDCARDS + ")");
    }
    return super.getWildcardQuery(gramsField(field), normalize(termStr));
  }

  @Override
  protected Query getPrefixQuery(String field, String termStr) throws ParseException {
    return super.getPrefixQuery(gramsField(field), normalize(termStr));
  }

  @Override
  protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
    return super.getFuzzyQuery(gramsField(field), normalize(termStr), minSimilarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String termStr) throws ParseException {
    throw new ParseException("regular expressions (/…/) are not supported; quote the text to search it literally");
  }

  @Override
  protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    throw new ParseException("ranges ([a TO b]) are not supported; quote the text to search it literally");
  }

  /** Wildcard, prefix and fuzzy terms skip analysis, so fold and lower-case them as the index did. */
  private static String normalize(String term) {
    return Folding.fold(term).toLowerCase(Locale.ROOT);
  }

  private static String gramsField(String field) throws ParseException {
    if (field.equals(DEFAULT_FIELD)) {
      return IndexFields.TEXT;
    }
    String grams = TEXT_FIELDS.get(field);
    if (grams == null) {
      throw unknownField(field);
    }
    return grams;
  }

  private static ParseException unknownField(String field) {
    return new ParseException("unknown field '" + field + ":' (use title:, section:, link:, kind: or article:;"
        + " quote the text to search a colon)");
  }
}
