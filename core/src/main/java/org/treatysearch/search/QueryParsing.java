package org.treatysearch.search;

import org.apache.lucene.search.IndexSearcher;

/** Parses user query text, turning every parser failure into one line that names the query. */
final class QueryParsing {
  /** Longer queries are refused before parsing: nobody types them, and they only cost memory. */
  static final int MAX_QUERY_CHARS = 10_000;
  /** The parser recurses once per '(': some 2,800 levels overflowed the classic parser's stack. */
  static final int MAX_PAREN_DEPTH = 100;

  private QueryParsing() {}

  /** The query read, checked and built with the hit rule; every failure names the query. */
  static HitQueries.Built parse(HitQueries builder, String text, Aliases aliases) throws QuerySyntaxException {
    QueryTree tree = read(text);
    try {
      return builder.build(tree, aliases);
    } catch (QueryReader.QueryProblem e) {
      throw error(text, e);
    }
  }

  /** Reads the query into its tree (what --explain prints). */
  static QueryTree read(String text) throws QuerySyntaxException {
    if (text.isBlank()) {
      throw new QuerySyntaxException("empty query");
    }
    if (text.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException("query is too long (" + text.length() + " characters; at most " + MAX_QUERY_CHARS + ")");
    }
    String unbalanced = unbalanced(text);
    if (unbalanced != null) {
      throw error(text, unbalanced);
    }
    try {
      return QueryReader.read(text);
    } catch (QueryReader.QueryProblem e) {
      throw error(text, e);
    }
  }

  private static QuerySyntaxException error(String text, QueryReader.QueryProblem problem) {
    if (problem.findsNothing()) {
      return new QuerySyntaxException("query '" + printable(shown(text)) + "' can find nothing: " + printable(problem.getMessage()),
          problem.unknownArticle());
    }
    return error(text, problem.getMessage());
  }

  private static String shown(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** A bad command-line restriction ({@code --article} of no article...): one line, bounded. */
  static QuerySyntaxException optionError(QueryReader.QueryProblem problem) {
    String reason = problem.getMessage();
    return new QuerySyntaxException(printable(reason.length() > 200 ? reason.substring(0, 197) + "..." : reason),
        problem.unknownArticle());
  }

  static QuerySyntaxException tooLarge(String text) {
    return error(text, "too many terms (more than " + IndexSearcher.getMaxClauseCount() + " clauses)");
  }

  static QuerySyntaxException tooComplex(String text) {
    return error(text, "wildcard pattern too complex");
  }

  static QuerySyntaxException error(String text, String what) {
    // what may quote the query too (an unknown kind:, a token): same escaping, bounded length
    String why = what.length() > 200 ? what.substring(0, 197) + "..." : what;
    return new QuerySyntaxException("cannot parse query '" + printable(shown(text)) + "': " + printable(why));
  }

  /** Control characters would break the one-line error. */
  private static String printable(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (Character.isISOControl(c)) {
        b.append(String.format("\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  /** Unbalanced quotes and parentheses, reported with their column (the classic parser only says "EOF"). */
  private static String unbalanced(String text) {
    int openParen = -1;
    int depth = 0;
    int openQuote = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        openQuote = openQuote < 0 ? i : -1;
      } else if (openQuote < 0 && c == '(') {
        if (depth++ == 0) {
          openParen = i;
        }
        if (depth > MAX_PAREN_DEPTH) {
          return "parentheses nested too deep at column " + (i + 1) + " (at most " + MAX_PAREN_DEPTH + " levels)";
        }
      } else if (openQuote < 0 && c == ')') {
        if (depth-- == 0) {
          return "')' at column " + (i + 1) + " closes nothing";
        }
      }
    }
    if (openQuote >= 0) {
      return "the quote at column " + (openQuote + 1) + " is never closed";
    }
    if (depth > 0) {
      return "the '(' at column " + (openParen + 1) + " is never closed";
    }
    return null;
  }

  /** Double-quotes a value for re-parsing as one phrase. */
  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }
}
