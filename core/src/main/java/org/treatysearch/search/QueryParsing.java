package org.treatysearch.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/** Parses user query text, turning every parser failure into one line that names the query. */
final class QueryParsing {
  /** Longer queries are refused before parsing: nobody types them, and they only cost memory. */
  static final int MAX_QUERY_CHARS = 10_000;
  /** The classic parser recurses once per '(': some 2,800 levels overflow a thread's stack. */
  static final int MAX_PAREN_DEPTH = 100;

  /** The classic parser's token report, {@code Encountered " <KIND> "image "" at column N} (N from 0). */
  private static final Pattern ENCOUNTERED =
      Pattern.compile("Encountered \" (?:<\\w+>|\"[^\"]*\") \"(.*?) \"\" at column (\\d+)");

  private QueryParsing() {}

  static Query parse(Analyzer analyzer, IndexVocabulary vocabulary, String text) throws QuerySyntaxException {
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
      return new TreatyQueryParser(analyzer, vocabulary).parse(text);
    } catch (ParseException e) {
      throw error(text, describe(e, text));
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooLarge(text);
    } catch (TooComplexToDeterminizeException e) {
      throw tooComplex(text);
    }
  }

  static QuerySyntaxException tooLarge(String text) {
    return error(text, "too many terms (more than " + IndexSearcher.getMaxClauseCount() + " clauses)");
  }

  static QuerySyntaxException tooComplex(String text) {
    return error(text, "wildcard pattern too complex");
  }

  private static QuerySyntaxException error(String text, String what) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    // what may quote the query too (an unknown kind:, a token): same escaping, bounded length
    String why = what.length() > 200 ? what.substring(0, 197) + "..." : what;
    return new QuerySyntaxException("cannot parse query '" + printable(shown) + "': " + printable(why));
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
    return '"' + QueryParser.escape(value) + '"';
  }

  /** The classic parser's message, cut to its first line and without its own copy of the query. */
  private static String describe(ParseException e, String text) {
    if (e.getCause() instanceof ParseException own && own.currentToken == null && own.getMessage() != null) {
      return own.getMessage(); // ours (unknown field or kind...): whole, even if the value it quotes holds a line break
    }
    // strip the query before cutting at the first line break: the query itself may hold one
    String m = String.valueOf(e.getMessage());
    String prefix = "Cannot parse '" + text + "': ";
    if (m.startsWith(prefix)) {
      m = m.substring(prefix.length());
    }
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    m = m.replace("at line 1, column", "at column");
    m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
    // 'Encountered " "-" "- "" at column 12' -> 'unexpected '-' at column 12'
    if (m.startsWith("Encountered \"<EOF>\"")) {
      return "unexpected end of query";
    }
    Matcher raw = ENCOUNTERED.matcher(m);
    if (raw.find()) {
      return "unexpected '" + raw.group(1) + "' at column " + (Integer.parseInt(raw.group(2)) + 1);
    }
    return m;
  }
}
