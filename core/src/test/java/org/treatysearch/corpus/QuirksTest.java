package org.treatysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatysearch.corpus.TestArticles.extra;
import static org.treatysearch.corpus.TestArticles.only;
import static org.treatysearch.corpus.TestArticles.parse;
import static org.treatysearch.corpus.TestArticles.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per quirk of corpus-extra/README.md (inline snippet plus a real article), and the parser's other rules. */
class QuirksTest {
  private static final String CAT = "[Category:X](https://zh.wikipedia.org/wiki/Category:X \"wikilink\")";

  @Test
  void headingsAtEveryLevelAndEmptyHeadings() {
    Article a = parse("lead\n\n## A\n\n### B\n\n#### C\n\n##### D\n\nd\n\n###\n\nunder empty\n\n## E\n");
    assertEquals(List.of(List.of(), List.of("A"), List.of("A", "B"), List.of("A", "B", "C"),
        List.of("A", "B", "C", "D"), List.of("A"), List.of("E")),
        a.sections().stream().map(Section::path).toList());
    // the empty ### starts a section of its own, carrying its parent's path
    assertEquals("under empty", a.sections().get(5).passages().get(0).text());
    assertTrue(a.sections().get(6).passages().isEmpty(), "a section without passages is kept");

    // 北塔山事件.md: "## 各方反應", "###", "###", "#### [國民政府](…)", "#### [中國共產黨](…)", "###"
    Article real = read(extra("北塔山事件.md"));
    List<List<String>> paths = real.sections().stream().map(Section::path).toList();
    assertEquals(List.of(List.of("各方反應"), List.of("各方反應"), List.of("各方反應"),
        List.of("各方反應", "國民政府"), List.of("各方反應", "中國共產黨"), List.of("各方反應")),
        paths.subList(5, 11));
  }

  @Test
  void imagesDroppedWithPlaceholderCaptionKept() {
    Article a = parse("[缩略图](https://zh.wikipedia.org/wiki/File:X.png \"fig:缩略图\") 1945年6月12日，來\n");
    assertEquals("1945年6月12日，來", only(a).text());
    assertTrue(only(a).links().isEmpty());
    assertTrue(parse("[a.jpg](https://zh.wikipedia.org/wiki/File:a.jpg \"fig:a.jpg\")\n").passages().findAny().isEmpty());

    // 外蒙古独立.md line 60: image, then its caption "（[北洋政府](…)）佔領[外蒙古](…)…" on the same line
    Passage caption = read(extra("外蒙古独立.md")).passages()
        .filter(p -> p.text().startsWith("（北洋政府）佔領外蒙古")).findFirst().orElseThrow();
    assertFalse(caption.text().contains("Occupation"));
    assertEquals(new WikiLink("北洋政府", null, "北洋政府", true, 1, 5), caption.links().get(0));
  }

  @Test
  void inlineAndBlockHtml() {
    Passage big = only(parse("另：<big id=\"关于补充协定\">**《关于补充协定》**</big>\n"));
    assertEquals("另：《关于补充协定》", big.text());
    assertTrue(parse("<references />\n\n</center>\n").passages().findAny().isEmpty());

    Article table = parse("<table>\n<tr class=\"odd\">\n<td><p>1938年9月</p></td>\n<td><p>少將</p></td>\n"
        + "<td><p><a href=\"https://zh.wikipedia.org/wiki/帕維爾\" title=\"wikilink\">日加列夫</a></p></td>\n</tr>\n</table>\n");
    Passage row = only(table);
    assertEquals("1938年9月 少將 日加列夫", row.text());
    assertEquals(List.of(new WikiLink("帕維爾", null, "日加列夫", false, 11, 15)), row.links());

    // 苏联航空志愿队.md: one passage per table row
    Article real = read(extra("苏联航空志愿队.md"));
    assertTrue(real.passages().anyMatch(p -> p.text().equals("1938年11月 少將 總顧問 特霍爾 1939年初返國")));
    // 望廈條約.md: "<references/>" leaves nothing
    assertFalse(read(extra("望廈條約.md")).passages().anyMatch(p -> p.text().contains("references")));
  }

  @Test
  void clearTemplateAndEndListComment() {
    Article a = parse("  - a\n\n<!-- end list -->\n\n1.  b\n\n{{-}}\n\nc{{-}}d <!-- x --> e\n");
    assertEquals(List.of("a", "b", "cd e"), a.passages().map(Passage::text).toList());
    // 中苏友好同盟互助条约.md: "{{-}}" alone on a line before the categories
    assertFalse(read(extra("中苏友好同盟互助条约.md")).passages().anyMatch(p -> p.text().contains("{{")));
  }

  @Test
  void footnoteMarkersChainedAndInsideBold() {
    Passage p = only(parse("甲\\[1\\]\\[2\\]乙**丙\\[3\\]**。\n"));
    assertEquals("甲乙丙。", p.text());
    assertEquals(List.of(1, 2, 3), p.refs());
    // 新疆苏联侨民问题.md opens with "**新疆苏联侨民问题\[1\]**": title without the marker, ref kept
    Article real = read(extra("新疆苏联侨民问题.md"));
    assertEquals("新疆苏联侨民问题", real.title());
    assertEquals(List.of(1), real.passages().findFirst().orElseThrow().refs());
  }

  @Test
  void footnotesAfterCategoriesEmptyOnesAndContinuationLines() {
    Article a = parse("正文\\[2\\]\n\n" + CAT + "\n\n1.\n\n2.  第一行\n    continued\n3.\n");
    assertEquals(List.of("X"), a.categories());
    assertEquals(3, a.footnotes().size());
    assertEquals(new Footnote("t#fn1", 1, "", List.of()), a.footnotes().get(0));
    assertEquals("第一行 continued", a.footnotes().get(1).text());
    assertEquals(1, a.passages().count());

    // 中蘇友好同盟條約.md lines 160-162: "(The New" / "    Times),1946 December" / "    14,pp.1,7.。…"
    Article real = read(extra("中蘇友好同盟條約.md"));
    assertTrue(real.footnotes().stream().anyMatch(f -> f.text().contains("(The New Times),1946 December 14,pp.1,7.")));
    // 江東六十四屯.md: the same continuation lines in a body list item (no footnotes in that article)
    assertTrue(read(extra("江東六十四屯.md")).passages().anyMatch(p -> p.text().startsWith(
        "A map of Aihun Ting from a 1911 Heilongjiang atlas. This is the district centered on Aihun on the Chinese side")));
  }

  @Test
  void numberedContentListsAreNotFootnotes() {
    Article a = parse("条约共2条：\n\n1.  甲\n2.  乙\n\n" + CAT + "\n");
    assertTrue(a.footnotes().isEmpty());
    assertEquals(List.of(Passage.PARAGRAPH, Passage.LIST_ITEM, Passage.LIST_ITEM),
        a.passages().map(Passage::kind).toList());
    // 中苏友好同盟互助条约.md: "条约共6条：" then items 1.–6. in the body; one real footnote at the end
    Article real = read(extra("中苏友好同盟互助条约.md"));
    assertEquals(1, real.footnotes().size());
    assertEquals(6, real.passages().filter(p -> p.text().startsWith("缔约国双方") || p.text().startsWith("本条约经双方")).count());
  }

  @Test
  void nestedListItemsAreTheirOwnPassages() {
    Article a = parse("  - 父\n      - 子一\n      - 子二\n  - 下\n");
    assertEquals(List.of("父", "子一", "子二", "下"), a.passages().map(Passage::text).toList());
    assertTrue(a.passages().allMatch(p -> p.kind().equals(Passage.LIST_ITEM)));
    // 一边倒.md: "  - [中蘇關係](…)" with nested "      - 《[中苏友好同盟互助条约](…)》"
    Article real = read(extra("一边倒.md"));
    assertTrue(real.passages().anyMatch(p -> p.text().equals("中蘇關係")));
    assertTrue(real.passages().anyMatch(p -> p.text().equals("《中苏友好同盟互助条约》")));
  }

  @Test
  void languageConversionMarkup() {
    Passage p = only(parse("[王世-{杰}-和蘇](https://zh.wikipedia.org/wiki/王世杰 \"wikilink\")，向-{}-日本\n"));
    assertEquals("王世杰和蘇，向日本", p.text());
    // the swallowed-text repair sees the converted text
    assertEquals(new WikiLink("王世杰", null, "王世杰", false, 0, 3), p.links().get(0));
    // 雅尔塔会议.md: "-{里}-瓦幾亞宮"
    assertTrue(read(extra("雅尔塔会议.md")).passages().anyMatch(q -> q.text().contains("里瓦幾亞宮")));
  }

  @Test
  void fullWidthSpacesStayInsideButAreTrimmedAtTheEdges() {
    assertEquals("先總統　蔣公", only(parse("　　先總統　蔣公　\n")).text());
    // 中苏友好同盟互助条约.md: paragraphs indented with "　　"
    assertTrue(read(extra("中苏友好同盟互助条约.md")).passages().anyMatch(p -> p.text().startsWith("根据苏维埃社会主义共和国联盟")));
  }

  @Test
  void markdownEscapes() {
    Passage p = only(parse("第129\\~130頁 \\(注\\) [陳毅](../Page/陳毅_\\(1873年\\).md \"wikilink\")\n"));
    assertEquals("第129~130頁 (注) 陳毅", p.text());
    assertEquals("陳毅 (1873年)", p.links().get(0).target());
    // 苏联航空志愿队.md line 236: "》第129\~…"
    assertTrue(read(extra("苏联航空志愿队.md")).footnotes().stream().anyMatch(f -> f.text().contains("第129~")));
  }

  @Test
  void hardLineWrapsInSentencesAndLinkText() {
    Passage p = only(parse("中文\n接續 and English\nwords 中[外蒙古的\n独立](../Page/外蒙古独立.md \"wikilink\")\n"));
    assertEquals("中文接續 and English words 中外蒙古的独立", p.text());
    // python: "中文接續 and English words 中外蒙古的独立".index("外蒙古") == 24
    assertEquals(new WikiLink("外蒙古独立", null, "外蒙古的独立", true, 24, 30), p.links().get(0));
    // 苏联航空志愿队.md: "…群（31\n架[SB轰炸…" joined with one space (digit next to Han)
    assertTrue(read(extra("苏联航空志愿队.md")).passages().anyMatch(q -> q.text().contains("31 架SB")));
  }

  @Test
  void emptyBracketPairsFromDeletedTemplates() {
    assertEquals("甲是乙丙丁", only(parse("**甲**（）是乙（，）丙《》丁“”\n")).text());
    assertEquals("甲 是", only(parse("甲 (；) 是\n")).text());
    assertEquals("（正文）", only(parse("（正文）\n")).text());
    // 外蒙古独立.md: "**外蒙古独立**（）是指…" and "建立“”，并与苏"
    Article real = read(extra("外蒙古独立.md"));
    assertTrue(real.passages().findFirst().orElseThrow().text().startsWith("外蒙古独立是指"));
    assertTrue(real.passages().anyMatch(p -> p.text().contains("建立，并与苏")));
  }

  @Test
  void wikisourceAnchorsAndEmptyText() {
    Passage p = only(parse("《[关于协定](https://zh.wikipedia.org/wiki/:s:公告#关于_协定 \"wikilink\")》"
        + "[蒙古](https://zh.wikipedia.org/wiki/外蒙古独立#蒙古入联合国 \"wikilink\")"
        + "[](http://example.org/x)[網站](http://example.org/y)\n"));
    assertEquals("《关于协定》蒙古網站", p.text());
    assertEquals(List.of(
        new WikiLink(":s:公告", "关于 协定", "关于协定", false, 1, 5),
        new WikiLink("外蒙古独立", "蒙古入联合国", "蒙古", false, 6, 8)), p.links());
    // a wikilink with empty text keeps a zero-width span where it stood
    Passage empty = only(parse("甲[](../Page/乙.md \"wikilink\")丙\n"));
    assertEquals(List.of(new WikiLink("乙", null, "", true, 1, 1)), empty.links());
    // 中苏友好同盟互助条约.md line 7: Wikisource links with anchors
    WikiLink ws = read(extra("中苏友好同盟互助条约.md")).passages().flatMap(q -> q.links().stream())
        .filter(l -> l.target().startsWith(":s:")).findFirst().orElseThrow();
    assertEquals(":s:中苏两国关于缔结友好同盟互助条约及协定的公告", ws.target());
    assertEquals("关于中国长春铁路、旅顺口及大连的协定", ws.anchor());
    // 外蒙古独立.md: "wiki/s:蒙古盟部旗組織法" is normalized to the same prefix
    assertTrue(read(extra("外蒙古独立.md")).passages().flatMap(q -> q.links().stream())
        .anyMatch(l -> l.target().equals(":s:蒙古盟部旗組織法")));
  }

  @Test
  void categoriesOnePerLineOrManyOnOneLine() {
    Article a = parse("正文\n\n" + CAT + "\n[Category:Y_Z](../Page/Category:Y_Z.md \"wikilink\") " + CAT + "\n");
    assertEquals(List.of("X", "Y Z"), a.categories());
    assertEquals(List.of("正文"), a.passages().map(Passage::text).toList());
    // 中苏友好同盟互助条约.md: 8 categories one per line (grep -c '^\[Category:' → 8)
    assertEquals(8, read(extra("中苏友好同盟互助条约.md")).categories().size());
  }

  @Test
  void titleAndSourceLine() {
    Article a = parse("> 本文内容由[T\\(x\\)](https://zh.wikipedia.org/wiki/T_\\(x\\))转换而来。\n\n**B**正文\n");
    assertEquals("T(x)", a.title());
    assertEquals("https://zh.wikipedia.org/wiki/T_\\(x\\)", a.source());
    assertEquals("B正文", only(a).text());
    Article noBold = parse("正文\n");
    assertEquals("t", noBold.title());
    assertNull(noBold.passages().findFirst().orElseThrow().links().stream().findAny().orElse(null));
  }

  @Test
  void percentEncodedTargetsAreDecoded() {
    WikiLink l = only(parse("[x](https://zh.wikipedia.org/wiki/%E5%A4%96%E8%92%99 \"wikilink\")\n")).links().get(0);
    assertEquals("外蒙", l.target());
  }

  @Test
  void quoteParagraphsAreQuotePassages() {
    Article a = parse("> 一\n>\n> 二\n");
    assertEquals(List.of("一", "二"), a.passages().map(Passage::text).toList());
    assertTrue(a.passages().allMatch(p -> p.kind().equals(Passage.QUOTE)));
  }
}
