package org.treatysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every test article (2 seeds + 25 extra + the construct fixtures): it parses, no visible text is lost or doubled, and no
 * display text keeps markup. "Visible text" is measured as Han characters against an independent,
 * deliberately naive regex strip of the source that shares no code with the parser.
 */
class CorpusWideTest {
  private static final Pattern HEADING = Pattern.compile("^#{1,6}(?:[ \\t]+(.*?))?[ \\t]*$");
  private static final Pattern MARKUP = Pattern.compile(
      "\\]\\(|-\\{|\\}-|\\\\\\[|\\*\\*|<[a-zA-Z/!][^>]*>|\\{\\{|\\}\\}|\\]\\]|\\||zh-(?:hans|hant|cn|tw|hk|sg|mo|my)\\s*:");

  static Stream<Path> articles() {
    List<Path> all = TestArticles.all();
    assertEquals(27, all.size());
    List<Path> constructs = TestArticles.constructs();
    assertEquals(2, constructs.size(), "construct fixtures (README.md and SOURCES.tsv beside them are not articles)");
    return Stream.concat(all.stream(), constructs.stream());
  }

  /** Independent strip: what a reader of the rendered page sees, roughly, by regex. */
  static String strip(String markdown) {
    String s = markdown;
    s = s.replaceFirst("^> 本文内容由.*\\n", "");
    s = s.replaceAll("<!--[\\s\\S]*?-->", "");
    String url = "\\((?:\\\\.|[^()\\\\\\s])*(?:\\s+\"[^\"]*\")?\\)";
    s = s.replaceAll("\\[[^\\]\\n]*\\]" + "\\((?:\\\\.|[^()\\\\\\s])*\\s+\"fig:[^\"]*\"\\)", ""); // image + placeholder
    s = s.replaceAll("\\[Category:[^\\]]*\\]" + url, "");
    s = s.replaceAll("\\]" + url, "]"); // link URLs
    s = s.replaceAll("<[^>]*>", "");
    // conversion rules: a hidden one shows nothing, one with variants shows one (here: the first;
    // the variants of one rule have the same number of Han characters)
    s = s.replaceAll("-\\{H\\|[^{}]*\\}-", "");
    s = s.replaceAll("-\\{zh-[a-z]+:([^;{}]*)(?:;[^{}]*)?\\}-", "$1");
    // template parameters the converter left (|publisher=商务印书馆|year=1973}})
    s = s.replaceAll("\\|[a-z]+=[^|}\\n]*", "");
    return s;
  }

  @ParameterizedTest
  @MethodSource("articles")
  void noVisibleHanLostOrDoubled(Path file) {
    Article a = TestArticles.read(file);
    List<String> body = new ArrayList<>();
    List<String> headings = new ArrayList<>();
    for (String line : TestArticles.source(file).split("\n", -1)) {
      (HEADING.matcher(line).matches() ? headings : body).add(line);
    }
    long expected = TestArticles.han(strip(String.join("\n", body)));
    long actual = a.passages().mapToLong(p -> TestArticles.han(p.text())).sum()
        + a.footnotes().stream().mapToLong(f -> TestArticles.han(f.text())).sum();
    assertEquals(expected, actual, file.getFileName() + ": Han characters of passages + footnotes");

    // every heading line is one section after the lead; a non-empty heading is its path's last title
    assertEquals(headings.size() + 1, a.sections().size(), "sections");
    for (int i = 0; i < headings.size(); i++) {
      long h = TestArticles.han(strip(headings.get(i).replaceFirst("^#+", "")));
      if (!strip(headings.get(i).replaceFirst("^#+", "")).isBlank()) {
        List<String> path = a.sections().get(i + 1).path();
        assertEquals(h, TestArticles.han(path.get(path.size() - 1)), "heading " + headings.get(i));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("articles")
  void noMarkupInDisplayText(Path file) {
    Article a = TestArticles.read(file);
    Stream.concat(a.passages().map(Passage::text), a.footnotes().stream().map(Footnote::text))
        .forEach(t -> assertFalse(MARKUP.matcher(t).find(), file.getFileName() + ": markup in " + t));
    a.sections().forEach(s -> s.path().forEach(h -> assertFalse(MARKUP.matcher(h).find(), h)));
    assertFalse(MARKUP.matcher(a.title()).find());
  }

  @ParameterizedTest
  @MethodSource("articles")
  void linkSpansPointAtTheirText(Path file) {
    Article a = TestArticles.read(file);
    a.passages().forEach(p -> p.links().forEach(l -> {
      assertTrue(0 <= l.start() && l.start() <= l.end(), l.toString());
      assertEquals(l.text(), codePoints(p.text(), l.start(), l.end()), p.id() + " " + l);
      assertFalse(l.target().isEmpty(), l.toString());
    }));
    for (int i = 0; i < a.passages().count(); i++) {
      assertEquals(a.id() + "#" + (i + 1), a.passages().toList().get(i).id());
    }
    assertFalse(a.categories().isEmpty(), "every test article has categories");
  }

  static String codePoints(String s, int start, int end) {
    return s.substring(s.offsetByCodePoints(0, start), s.offsetByCodePoints(0, end));
  }
}
