package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndMarkdownPrinterTest {

  @Test
  void textWithoutColourHasNoEscapesAndShowsEverything() throws Exception {
    StringWriter out = new StringWriter();
    new TextPrinter(out, false).hit(Fixtures.yalta(), null);
    String s = out.toString();
    assertFalse(s.contains("\u001b"));
    assertEquals("1. 中蘇友好同盟條約 › 背景 › 雅爾塔  000_a#3  12.50\n"
        + "   𠀀在雅爾塔會議上，蘇聯提出條件。\n"
        + "   [1] 紐約時報, 1945\n"
        + "   [2] \n\n", s);
  }

  @Test
  void colourHighlightsExactlyTheSpanCountedInCodePoints() throws Exception {
    StringWriter out = new StringWriter();
    new TextPrinter(out, true).hit(Fixtures.yalta(), null);
    String s = out.toString();
    assertTrue(s.contains("𠀀在" + Ansi.MATCH + "雅爾塔會議" + Ansi.RESET + "上"), s);
    assertTrue(s.contains(Ansi.ID + "000_a#3" + Ansi.RESET));
  }

  @Test
  void highlightsAreClampedAndMerged() {
    assertEquals("[ab]c", Highlights.mark("abc", List.of(new org.treatysearch.search.Hit.Span(1, 2),
        new org.treatysearch.search.Hit.Span(0, 1), new org.treatysearch.search.Hit.Span(5, 9)), "[", "]"));
  }

  @Test
  void markdownReadsLikeADocument() throws Exception {
    StringWriter out = new StringWriter();
    MarkdownPrinter printer = new MarkdownPrinter(out);
    printer.hit(Fixtures.yalta(), null);
    printer.hit(Fixtures.footnote(), null);
    printer.hit(Fixtures.other(), null);
    printer.finish();
    String md = out.toString();
    List<String> headings = md.lines().filter(l -> l.startsWith("#")).toList();
    assertEquals(List.of("# 中蘇友好同盟條約", "## 背景 › 雅爾塔", "## Footnotes", "# 中蘇互不侵犯条约"), headings);
    assertTrue(md.contains("Source: [中蘇友好同盟條約](<https://zh.wikipedia.org/wiki/中蘇友好同盟條約>)"));
    assertTrue(md.contains("> 𠀀在雅爾塔會議上，蘇聯提出條件。\n\n— `000_a#3`\n\n- [1] 紐約時報, 1945\n- [2] \n"));
    String last = md.lines().reduce((a, b) -> b).orElseThrow();
    assertTrue(last.startsWith("Text from Wikipedia") && last.contains("CC BY-SA 4.0")
        && last.contains("(<https://zh.wikipedia.org/wiki/中蘇互不侵犯条约>)"), last);
  }

  @Test
  void markdownEscapesMarkupInArticleText() throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownPrinter(out).hit(Fixtures.awkward(), null);
    assertTrue(out.toString().contains("> line one\n> line\ttwo, \"quoted\" \\\\ back \\*star\\* \\[x\\]\n"), out.toString());
  }

  @Test
  void markdownWithoutHitsIsEmpty() throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownPrinter(out).finish();
    assertEquals("", out.toString());
  }
}
