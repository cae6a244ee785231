package org.treatysearch.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A query read into the grammar of SPEC §3, before it becomes Lucene queries: what {@code
 * --explain} prints and what the hit rule ({@link HitQueries}) walks. Immutable.
 */
sealed interface QueryTree {

  /** Where a word may be found. Only {@link #ANY} and {@link #TEXT} words can make a hit. */
  enum Scope {
    ANY(""), TEXT("text:"), TITLE("title:"), SECTION("section:");

    final String prefix;

    Scope(String prefix) {
      this.prefix = prefix;
    }

    boolean makesHits() {
      return this == ANY || this == TEXT;
    }
  }

  /** Field prefixes that restrict the passages without being words of the text. */
  enum Restriction {
    LINK("link:"), KIND("kind:"), ARTICLE("article:"), DATE("date:");

    final String prefix;

    Restriction(String prefix) {
      this.prefix = prefix;
    }
  }

  /** Plain words: what {@code --explain} prints. */
  String explain();

  /** Every part must match (spaces and {@code AND}); {@link Not} parts exclude. */
  record All(List<QueryTree> parts) implements QueryTree {
    public All {
      parts = List.copyOf(parts);
    }

    @Override
    public String explain() {
      return parts.stream().map(p -> p instanceof All ? "(" + p.explain() + ")" : p.explain())
          .collect(Collectors.joining(" AND "));
    }
  }

  /** One of the parts must match ({@code OR}). */
  record Any(List<QueryTree> parts) implements QueryTree {
    public Any {
      parts = List.copyOf(parts);
    }

    @Override
    public String explain() {
      return parts.stream().map(QueryTree::explain).collect(Collectors.joining(" OR ", "(", ")"));
    }
  }

  /** {@code -x} or {@code NOT x}: looked for in the passage text only. */
  record Not(QueryTree part) implements QueryTree {
    @Override
    public String explain() {
      return "NOT " + (part instanceof All ? "(" + part.explain() + ")" : part.explain());
    }
  }

  /**
   * A word or a quoted phrase: a contiguous run of characters. {@code variant}: not typed, but a
   * variant name of a typed word (see {@link Aliases}).
   */
  record Word(Scope scope, String text, boolean quoted, int column, boolean variant) implements QueryTree {
    Word(Scope scope, String text, boolean quoted, int column) {
      this(scope, text, quoted, column, false);
    }

    @Override
    public String explain() {
      return scope.prefix + (quoted ? '"' + text + '"' : text);
    }
  }

  /** A word with {@code ?} (one character) or {@code *} (up to {@link HanPatterns#MAX_STAR} characters). */
  record Pattern(Scope scope, String text, int column) implements QueryTree {
    @Override
    public String explain() {
      return scope.prefix + text;
    }
  }

  /** A Latin word with {@code ~N}: at most N edits (1 or 2). */
  record Fuzzy(Scope scope, String text, int edits, int column) implements QueryTree {
    @Override
    public String explain() {
      return scope.prefix + text + "~" + edits;
    }
  }

  /** {@code "A B"~N}: all words in the passage text, in any order, at most N characters between them. */
  record Near(List<String> words, int slop, int column) implements QueryTree {
    public Near {
      words = List.copyOf(words);
    }

    @Override
    public String explain() {
      return words.stream().collect(Collectors.joining(" ", "\"", "\"~" + slop))
          + " (within " + slop + " characters, any order)";
    }
  }

  /** {@code link:}, {@code kind:}, {@code article:}, {@code date:}: a restriction, not a word. */
  record Restrict(Restriction field, String value, int column) implements QueryTree {
    @Override
    public String explain() {
      return field.prefix + value;
    }
  }
}
