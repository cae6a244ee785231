package org.treatysearch.reliability;

import java.util.List;
import java.util.Random;

/** Seeded generator of hostile query strings: syntax soup, huge wildcards, long and strange text. */
final class HostileQueries {
  static final String SYNTAX = "\"()[]{}:*?~^\\-+!&|/ ";
  static final List<String> WORDS = List.of(
      "外蒙古", "條約", "条约", "蘇聯", "苏联", "雅爾塔", "中国", "公民投票", "treaty", "Soviet", "1945", "a", "中",
      "OR", "AND", "NOT", "or", "to", "TO");
  static final List<String> FIELDS = List.of(
      "title:", "section:", "link:", "kind:", "article:", "text:", "unknown:", "id:", "_default:", "grams:", ":", "title:section:");
  static final List<String> SCRIPTS = List.of(
      "мирный договор", "معاهدة", "הסכם", "สนธิสัญญา", "संधि", "조약", "条約を締結した", "Ελλάδα", "ᠮᠣᠩᠭᠣᠯ", "ꦗꦮ",
      "😀🇨🇳👨‍👩‍👧", "e\u0301\u0301\u0301", "ｆｕｌｌｗｉｄｔｈ　１２３", "\u202Eevil\u202C", "\u200B\u200D\uFEFF",
      "\uD800", "\uDC00x", "\uFFFF\uFFFE", "𠀀𪜀𫝀", "〇〡〢");

  private final Random r;

  HostileQueries(long seed) {
    this.r = new Random(seed);
  }

  /** Which kind of query {@link #next} made last (for the figures). */
  String lastKind = "";

  static final String[] KINDS = {
      "syntax soup", "unbalanced", "wildcard", "many words", "control chars", "mixed scripts", "field prefixes",
      "boolean soup", "long token", "operators", "syntax in words", "long phrase", "nested", "any code points"};

  /**
   * How often each kind comes up (per 100): the costly ones (long tokens and phrases, a thousand
   * words) are rarer, so 100,000 queries stay a test of minutes, not hours.
   */
  static final int[] WEIGHTS = {10, 10, 10, 3, 8, 8, 9, 9, 1, 8, 8, 4, 5, 7};

  String next() {
    int pick = r.nextInt(100);
    int k = 0;
    while (pick >= WEIGHTS[k]) {
      pick -= WEIGHTS[k++];
    }
    lastKind = KINDS[k];
    return switch (k) {
      case 0 -> soup(1 + r.nextInt(60));
      case 1 -> unbalanced();
      case 2 -> wildcard();
      case 3 -> manyWords(r.nextInt(10) == 0 ? 10_000 : 1 + r.nextInt(1_500));
      case 4 -> control();
      case 5 -> mixedScripts();
      case 6 -> fielded();
      case 7 -> booleanSoup();
      case 8 -> longToken();
      case 9 -> operators();
      case 10 -> wordsWith(SYNTAX);
      case 11 -> quoted();
      case 12 -> nested();
      default -> anyChars(1 + r.nextInt(40));
    };
  }

  private String pick(List<String> l) {
    return l.get(r.nextInt(l.size()));
  }

  private String soup(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int k = r.nextInt(4);
      if (k == 0) {
        b.append(pick(WORDS));
      } else {
        b.append(SYNTAX.charAt(r.nextInt(SYNTAX.length())));
      }
    }
    return b.toString();
  }

  private String unbalanced() {
    String w = pick(WORDS) + " " + pick(WORDS);
    return switch (r.nextInt(8)) {
      case 0 -> "\"" + w;
      case 1 -> w + "\"";
      case 2 -> "(" .repeat(1 + r.nextInt(50)) + w;
      case 3 -> w + ")".repeat(1 + r.nextInt(50));
      case 4 -> "(\"" + w + ")\"";
      case 5 -> "\"".repeat(1 + r.nextInt(9)) + w;
      case 6 -> "(".repeat(r.nextInt(200)) + w + ")".repeat(r.nextInt(200));
      default -> "[" + w + " TO";
    };
  }

  private String wildcard() {
    return switch (r.nextInt(10)) {
      case 0 -> "*";
      case 1 -> "?";
      case 2 -> "*" + pick(WORDS);
      case 3 -> pick(WORDS) + "*";
      case 4 -> {
        StringBuilder b = new StringBuilder();
        int n = 2 + r.nextInt(300);
        for (int i = 0; i < n; i++) {
          b.append((char) ('a' + r.nextInt(26))).append(r.nextBoolean() ? '*' : '?');
        }
        yield b.toString();
      }
      case 5 -> "中" + "*?".repeat(1 + r.nextInt(500));
      case 6 -> "?".repeat(1 + r.nextInt(100));
      case 7 -> "a" + "*".repeat(1 + r.nextInt(1000)) + "b";
      case 8 -> pick(FIELDS) + pick(WORDS) + "*";
      default -> pick(WORDS) + "~" + r.nextInt(5) + " " + pick(WORDS) + "*~";
    };
  }

  private String manyWords(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(pick(WORDS)).append(' ');
    }
    return b.toString();
  }

  private String control() {
    StringBuilder b = new StringBuilder(pick(WORDS));
    int n = 1 + r.nextInt(10);
    for (int i = 0; i < n; i++) {
      b.append((char) (r.nextBoolean() ? r.nextInt(32) : 0x7f + r.nextInt(33))).append(pick(WORDS));
    }
    return b.toString();
  }

  private String mixedScripts() {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      b.append(r.nextBoolean() ? pick(SCRIPTS) : pick(WORDS)).append(r.nextInt(3) == 0 ? "" : " ");
    }
    return b.toString();
  }

  private String fielded() {
    String value = switch (r.nextInt(6)) {
      case 0 -> pick(WORDS);
      case 1 -> "\"" + pick(WORDS) + " " + pick(WORDS) + "\"";
      case 2 -> "(" + pick(WORDS) + " OR " + pick(WORDS) + ")";
      case 3 -> "";
      case 4 -> "*";
      default -> pick(SCRIPTS);
    };
    return pick(FIELDS) + value + (r.nextBoolean() ? " " + pick(WORDS) : "");
  }

  private String booleanSoup() {
    List<String> ops = List.of("OR", "AND", "NOT", "-", "+", "&&", "||", "!", "(", ")");
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(30);
    for (int i = 0; i < n; i++) {
      b.append(r.nextBoolean() ? pick(ops) : pick(WORDS)).append(' ');
    }
    return b.toString();
  }

  private String longToken() {
    // mostly a few hundred characters, one in ten up to 1,300 (the 10,000-character ones, 1-3 s
    // each, are timed once in HostileQueryTest.expensiveQueriesAreRefusedWithAClearError)
    int n = r.nextInt(10) == 0 ? 300 + r.nextInt(1_000) : 20 + r.nextInt(300);
    StringBuilder b = new StringBuilder(n);
    boolean han = r.nextBoolean();
    for (int i = 0; i < n; i++) {
      b.append(han ? (char) (0x4E00 + r.nextInt(0x5000)) : (char) ('a' + r.nextInt(26)));
    }
    return b.toString();
  }

  private String operators() {
    return switch (r.nextInt(10)) {
      case 0 -> pick(WORDS) + "^" + r.nextInt();
      case 1 -> pick(WORDS) + "^-1";
      case 2 -> pick(WORDS) + "~" + r.nextInt(100);
      case 3 -> "\"" + pick(WORDS) + " " + pick(WORDS) + "\"~" + r.nextInt();
      case 4 -> "[" + pick(WORDS) + " TO " + pick(WORDS) + "]";
      case 5 -> "{* TO *}";
      case 6 -> "/" + pick(WORDS) + ".*/";
      case 7 -> "/(a|b)*c{1000}/";
      case 8 -> pick(WORDS) + "^1e309";
      default -> "\\" + pick(WORDS) + "\\";
    };
  }

  private String wordsWith(String chars) {
    StringBuilder b = new StringBuilder();
    int n = 1 + r.nextInt(8);
    for (int i = 0; i < n; i++) {
      b.append(pick(WORDS)).append(chars.charAt(r.nextInt(chars.length())));
    }
    return b.toString();
  }

  private String quoted() {
    StringBuilder b = new StringBuilder("\"");
    int n = r.nextInt(r.nextInt(20) == 0 ? 1_000 : 20);
    for (int i = 0; i < n; i++) {
      b.append(pick(WORDS)).append(r.nextBoolean() ? " " : "");
    }
    return b.append('"').toString();
  }

  private String nested() {
    int depth = 1 + r.nextInt(r.nextInt(5) == 0 ? 3000 : 30);
    return "(".repeat(depth) + pick(WORDS) + (r.nextBoolean() ? " OR " + pick(WORDS) : "") + ")".repeat(depth);
  }

  private String anyChars(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.appendCodePoint(r.nextInt(r.nextBoolean() ? 0x80 : 0x30000));
    }
    return b.toString();
  }
}
