package org.treatysearch.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.core.nodes.AndQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BooleanQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.BoostQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.FuzzyQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.GroupQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.ModifierQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.OrQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.QuotedFieldQueryNode;
import org.apache.lucene.queryparser.flexible.core.nodes.SlopQueryNode;
import org.apache.lucene.queryparser.flexible.core.util.UnescapedCharSequence;
import org.apache.lucene.queryparser.flexible.standard.parser.ParseException;
import org.apache.lucene.queryparser.flexible.standard.parser.StandardSyntaxParser;
import org.apache.lucene.queryparser.flexible.standard.parser.Token;
import org.treatysearch.search.QueryTree.Restriction;
import org.treatysearch.search.QueryTree.Scope;

/**
 * Reads query text into a {@link QueryTree} with Lucene's flexible query parser
 * ({@link StandardSyntaxParser}), whose grammar already has SPEC §3's precedence: {@code OR}
 * binds tighter than juxtaposition, so {@code a b OR c} is {@code a AND (b OR c)}. Its one
 * difference from SPEC is an explicit {@code AND}, which it binds tighter than {@code OR};
 * SPEC makes {@code AND} the same as a space, so bare {@code AND}s become spaces first (same
 * length: columns in messages stay right).
 */
final class QueryReader {
  private static final String DEFAULT_FIELD = "_";
  /** The most edits Lucene's FuzzyQuery allows. */
  private static final int MAX_EDITS = 2;

  private QueryReader() {}

  /** @throws QueryProblem what is wrong, with its column */
  static QueryTree read(String text) throws QueryProblem {
    QueryNode node;
    try {
      node = new StandardSyntaxParser().parse(andAsSpace(text), DEFAULT_FIELD);
    } catch (ParseException e) {
      throw new QueryProblem(describe(e));
    } catch (QueryNodeParseException e) {
      throw new QueryProblem(lexical(e));
    }
    return tree(node);
  }

  /** A reason a query cannot be read or can match nothing; {@link QueryParsing} adds the query. */
  static final class QueryProblem extends Exception {
    private final boolean findsNothing;
    private final String unknownArticle;

    QueryProblem(String reason) {
      this(reason, false);
    }

    /** @param findsNothing the query is well formed but can match nothing by construction */
    QueryProblem(String reason, boolean findsNothing) {
      super(reason);
      this.findsNothing = findsNothing;
      this.unknownArticle = null;
    }

    /** The query names an article the index does not hold: it finds nothing. */
    QueryProblem(String reason, String unknownArticle) {
      super(reason);
      this.findsNothing = true;
      this.unknownArticle = unknownArticle;
    }

    boolean findsNothing() {
      return findsNothing;
    }

    /** The article id no article has, or null. */
    String unknownArticle() {
      return unknownArticle;
    }
  }

  /** Replaces every bare {@code AND} outside quotes with three spaces. */
  static String andAsSpace(String text) {
    StringBuilder b = new StringBuilder(text);
    boolean quoted = false;
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == 'A' && text.startsWith("AND", i) && boundary(text, i - 1) && boundary(text, i + 3)) {
        b.replace(i, i + 3, "   ");
        i += 2;
      }
    }
    return b.toString();
  }

  private static boolean boundary(String text, int i) {
    return i < 0 || i >= text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '(' || text.charAt(i) == ')';
  }

  private static QueryTree tree(QueryNode node) throws QueryProblem {
    if (node instanceof GroupQueryNode group) {
      return tree(group.getChild());
    }
    if (node instanceof ModifierQueryNode mod) {
      QueryTree inner = tree(mod.getChild());
      return mod.getModifier() == ModifierQueryNode.Modifier.MOD_NOT ? new QueryTree.Not(inner) : inner;
    }
    if (node instanceof OrQueryNode) {
      return new QueryTree.Any(children(node, false));
    }
    if (node instanceof AndQueryNode || node instanceof BooleanQueryNode) {
      List<QueryTree> parts = children(node, true);
      return parts.size() == 1 ? parts.get(0) : new QueryTree.All(parts);
    }
    if (node instanceof SlopQueryNode slop) {
      return near(slop);
    }
    if (node instanceof FuzzyQueryNode fuzzy) {
      return fuzzy(fuzzy);
    }
    if (node instanceof BoostQueryNode) {
      throw new QueryProblem("boosts (^) are not supported; quote the text to search a '^'");
    }
    if (node instanceof QuotedFieldQueryNode quoted) {
      return word(quoted, true);
    }
    if (node instanceof FieldQueryNode field) {
      return word(field, false);
    }
    throw new QueryProblem(unsupported(node));
  }

  private static String unsupported(QueryNode node) {
    String kind = node.getClass().getSimpleName();
    if (kind.contains("Range")) {
      return "ranges ([a TO b], >x) are not supported; quote the text to search it literally";
    }
    if (kind.contains("Regexp")) {
      return "regular expressions (/…/) are not supported; quote the text to search it literally";
    }
    if (kind.contains("MatchAll")) {
      return "'*:*' is not a query here; search for words";
    }
    if (kind.contains("Interval")) {
      return "interval functions (fn:…) are not supported; write proximity as \"A B\"~N";
    }
    return "this construct is not supported (" + kind + ")";
  }

  /** Children of a conjunction or disjunction; nested conjunctions are flattened. */
  private static List<QueryTree> children(QueryNode node, boolean flatten) throws QueryProblem {
    List<QueryTree> out = new ArrayList<>();
    if (node.getChildren() != null) {
      for (QueryNode child : node.getChildren()) {
        QueryTree t = tree(child);
        if (flatten && t instanceof QueryTree.All all) {
          out.addAll(all.parts());
        } else {
          out.add(t);
        }
      }
    }
    return out;
  }

  private static QueryTree word(FieldQueryNode node, boolean quoted) throws QueryProblem {
    String field = node.getFieldAsString();
    int column = node.getBegin() + 1;
    String text = node.getTextAsString();
    if (quoted) {
      text = HanChars.joinHan(text);
      if (text.isBlank()) {
        throw new QueryProblem("empty phrase at column " + column);
      }
    }
    Restriction restriction = restriction(field);
    if (restriction != null) {
      return new QueryTree.Restrict(restriction, text, column);
    }
    Scope scope = scope(field, Math.max(1, column - field.length() - 1));
    if (!quoted && hasWildcard(node)) {
      return new QueryTree.Pattern(scope, text, column);
    }
    return new QueryTree.Word(scope, text, quoted, column);
  }

  private static boolean hasWildcard(FieldQueryNode node) {
    CharSequence text = node.getText();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '*' || c == '?') && !(text instanceof UnescapedCharSequence u && u.wasEscaped(i))) {
        return true;
      }
    }
    return false;
  }

  private static QueryTree near(SlopQueryNode slop) throws QueryProblem {
    if (!(slop.getChild() instanceof QuotedFieldQueryNode phrase)) {
      throw new QueryProblem("'~N' goes after a quoted phrase: \"A B\"~10");
    }
    int column = phrase.getBegin();
    String field = phrase.getFieldAsString();
    if (!field.equals(DEFAULT_FIELD) && !field.equals("text")) {
      throw new QueryProblem("proximity (\"A B\"~N) looks in the passage text; drop '" + field + ":' at column " + column);
    }
    List<String> words = new ArrayList<>();
    for (String w : phrase.getTextAsString().strip().split("\\s+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      throw new QueryProblem("empty phrase at column " + column);
    }
    if (words.size() == 1) { // "外蒙古"~5: one word, nothing to be near
      return new QueryTree.Word(field.equals("text") ? Scope.TEXT : Scope.ANY, words.get(0), true, column);
    }
    return new QueryTree.Near(words, slop.getValue(), column);
  }

  private static QueryTree fuzzy(FuzzyQueryNode node) throws QueryProblem {
    String text = node.getTextAsString();
    int column = node.getBegin() + 1;
    if (text.codePoints().anyMatch(HanChars::isHan)) {
      throw new QueryProblem("'~' after the Han word '" + text + "' at column " + column
          + ": Han words have no edit distance; to find words near each other write \"苏联 外蒙古\"~10");
    }
    float similarity = node.getSimilarity();
    int edits = similarity >= 1 ? (int) similarity : MAX_EDITS; // '~' alone: Lucene's default
    if (edits > MAX_EDITS) {
      throw new QueryProblem("'~" + edits + "' at column " + column + ": at most " + MAX_EDITS + " edits");
    }
    return new QueryTree.Fuzzy(scope(node.getFieldAsString(), column), text, edits, column);
  }

  private static Restriction restriction(String field) {
    switch (field) {
      case "link": return Restriction.LINK;
      case "kind": return Restriction.KIND;
      case "article": return Restriction.ARTICLE;
      case "date": return Restriction.DATE;
      default: return null;
    }
  }

  private static Scope scope(String field, int column) throws QueryProblem {
    switch (field) {
      case DEFAULT_FIELD: return Scope.ANY;
      case "text": return Scope.TEXT;
      case "title": return Scope.TITLE;
      case "section": return Scope.SECTION;
      default:
        throw new QueryProblem("unknown field '" + field + ":' at column " + column
            + " (use text:, title:, section:, link:, kind:, article: or date:; quote the text to search a colon)");
    }
  }

  /** The parser's report, as 'unexpected X at column N'. */
  private static String describe(ParseException e) {
    Token next = e.currentToken == null ? null : e.currentToken.next;
    if (next == null || next.kind == 0) {
      return "unexpected end of query";
    }
    return "unexpected '" + next.image + "' at column " + next.beginColumn;
  }

  private static String lexical(QueryNodeParseException e) {
    String m = String.valueOf(e.getMessage());
    java.util.regex.Matcher col = java.util.regex.Pattern.compile("column (\\d+)").matcher(m);
    return col.find() ? "unexpected character at column " + col.group(1) : "cannot read the query";
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
