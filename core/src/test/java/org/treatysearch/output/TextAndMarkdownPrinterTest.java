package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.treatysearch.search.Hit;

class TextAndMarkdownPrinterTest {

  @Test
  void textWithoutColourHasNoEscapesAndShowsEverything() throws Exception {
    StringWriter out = new StringWriter();
    new TextPrinter(out, false).hit(Fixtures.yalta(), null);
    String s = out.toString();
    assertFalse(s.contains("\u001b"));
    assertEquals("1. 中蘇友好同盟條約 › 背景 › 雅爾塔  000_a#3  12.50\n"
        + "   𠀀在雅爾塔會議上，蘇聯提出條件。\n"
        + "   [1] 紐約時報, 1945\n\n", s, "the empty footnote [2] is not printed (issue 11)");
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
  void markdownTextThatLooksLikeABlockStaysTextInsideItsQuote() throws Exception {
    String text = "- 詳細不明\n1945. 簽訂\n2) 批准\n+ 加\n===\n&amp; &#32; `code`";
    Hit hit = new Hit("x#1", "x", "T", List.of(), "paragraph", 1, 1f, text, List.of(), List.of(1), List.of(
        new Hit.FootnoteRef(1, "1. 注\n- 續")), List.of(), "https://zh.wikipedia.org/wiki/T");
    StringWriter out = new StringWriter();
    new MarkdownPrinter(out).hit(hit, null);
    Node doc = Parser.builder().build().parse(out.toString());
    Node quote = doc.getFirstChild().getNext().getNext();
    assertTrue(quote instanceof BlockQuote, out.toString());
    assertTrue(quote.getFirstChild() instanceof Paragraph && quote.getFirstChild().getNext() == null, out.toString());
    assertEquals(text, literal(quote));
    Node list = quote.getNext().getNext();
    assertTrue(list instanceof BulletList && list.getFirstChild().getNext() == null, out.toString());
    assertEquals("[1] 1. 注\n- 續", literal(list));
  }

  @Test
  void markdownIdsWithBackticksStayCodeSpans() {
    assertEquals("`a#1`", Markdown.code("a#1"));
    assertEquals("`` a`b ``", Markdown.code("a`b"));
  }

  @Test
  void attributionNamesEverySourceOnceEvenWhenTitlesRepeat() throws Exception {
    StringWriter out = new StringWriter();
    MarkdownPrinter printer = new MarkdownPrinter(out);
    Hit a = Fixtures.other();
    printer.hit(a, null);
    printer.hit(new Hit("004_c#1", "004_c", a.title(), a.section(), a.kind(), 5, 1f, "x", List.of(), List.of(),
        List.of(), List.of(), "https://zh.wikipedia.org/wiki/Other"), null);
    printer.hit(new Hit("004_d#1", "004_d", "D", a.section(), a.kind(), 6, 1f, "y", List.of(), List.of(),
        List.of(), List.of(), a.source()), null);
    printer.finish();
    String last = out.toString().lines().reduce((x, y) -> y).orElseThrow();
    assertTrue(last.contains("(<" + a.source() + ">)") && last.contains("(<https://zh.wikipedia.org/wiki/Other>)"), last);
    assertEquals(last.indexOf(a.source()), last.lastIndexOf(a.source()), last);
  }

  private static String literal(Node node) {
    StringBuilder sb = new StringBuilder();
    for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Text t) {
        sb.append(t.getLiteral());
      } else if (n instanceof Code c) {
        sb.append('`').append(c.getLiteral()).append('`');
      } else if (n instanceof SoftLineBreak) {
        sb.append('\n');
      } else {
        sb.append(literal(n));
      }
    }
    return sb.toString();
  }

  @Test
  void markdownWithoutHitsIsEmpty() throws Exception {
    StringWriter out = new StringWriter();
    new MarkdownPrinter(out).finish();
    assertEquals("", out.toString());
  }
}
