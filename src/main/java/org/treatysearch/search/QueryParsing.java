package org.treatysearch.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Parses user query text, turning every parser failure into one line that names the query. */
final class QueryParsing {
  private QueryParsing() {}

  static Query parse(Analyzer analyzer, String text) throws QuerySyntaxException {
    if (text.isBlank()) {
      throw new QuerySyntaxException("empty query");
    }
    try {
      return new TreatyQueryParser(analyzer).parse(text);
    } catch (ParseException e) {
      throw new QuerySyntaxException("cannot parse query '" + text + "': " + describe(e, text));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QuerySyntaxException("query '" + text + "' is too large (more than "
          + IndexSearcher.getMaxClauseCount() + " clauses)");
    }
  }

  /** Double-quotes a value for re-parsing as one phrase. */
  static String quote(String value) {
    return '"' + QueryParser.escape(value) + '"';
  }

  /** The classic parser's message, cut to its first line and without its own copy of the query. */
  private static String describe(ParseException e, String text) {
    String m = TreatySearcher.firstLine(e);
    String prefix = "Cannot parse '" + text + "': ";
    if (m.startsWith(prefix)) {
      m = m.substring(prefix.length());
    }
    return m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
  }
}
