package org.treatysearch.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two shipped articles, pinned to values counted from the files themselves (commands in the
 * comments, run in src/test/resources/articles/seeds), never from the parser's output.
 * Link counts cover passages and footnotes together; code-point offsets of long texts were counted
 * with python ({@code s.index(...)}) on the hand-written expected text.
 */
class ShippedArticlesTest {
  private static final Article A000 = TestArticles.read(TestArticles.seed("000_5301e45dfe16a7cc.txt"));
  private static final Article A004 = TestArticles.read(TestArticles.seed("004_567bd903257de334.txt"));

  @Test
  void article000TitleSourceSectionsCategories() {
    // line 1: > 本文内容由[中蘇友好同盟條約](https://zh.wikipedia.org/wiki/中蘇友好同盟條約)转换而来。
    assertEquals("000_5301e45dfe16a7cc", A000.id());
    assertEquals("中蘇友好同盟條約", A000.title());
    assertEquals("https://zh.wikipedia.org/wiki/中蘇友好同盟條約", A000.source());
    // grep '^#' 000_5301e45dfe16a7cc.txt  → 10 headings (9 ##, 1 ### under 外部链接), plus the lead
    assertEquals(List.of(
        List.of(), List.of("簽訂緣由"), List.of("協議過程"), List.of("雙方立場"), List.of("批准"),
        List.of("廢除"), List.of("註釋"), List.of("参考文献"), List.of("外部链接"),
        List.of("外部链接", "中苏外交文件"), List.of("参见")),
        A000.sections().stream().map(Section::path).toList());
    // grep -o '\[Category:[^]]*' 000_5301e45dfe16a7cc.txt  → 9, all on one line
    assertEquals(List.of("中華民國與蘇聯關係", "中華民國條約", "蘇聯條約", "第二次世界大戰條約", "領土變更相關條約",
        "1945年蘇聯", "1945年中國", "中苏条约", "1945年8月"), A000.categories());
  }

  @Test
  void article000FootnotesAndLinkCounts() {
    // n=$(grep -n Category: F | tail -1 | cut -d: -f1); tail -n +$((n+1)) F | grep -cE '^[0-9]+\.'  → 29
    assertEquals(29, A000.footnotes().size());
    // ... | grep -cE '^[0-9]+\. +[^ ]'  → 15 (the others are a bare "4." etc.)
    assertEquals(15, A000.footnotes().stream().filter(f -> !f.text().isEmpty()).count());
    // grep -o '](\.\./Page/' F | wc -l  → 64
    assertEquals(64, count(A000, true));
    // grep -oE '\]\(https://zh\.wikipedia\.org/wiki/[^ ]* "wikilink"\)' F | grep -v Category: | wc -l  → 105
    assertEquals(105, count(A000, false));
    assertEquals(29, A000.footnotes().get(28).n());
    assertEquals("000_5301e45dfe16a7cc#fn4", A000.footnotes().get(3).id());
    assertEquals("", A000.footnotes().get(3).text()); // "4." alone
  }

  @Test
  void article000Passages() {
    List<Passage> ps = A000.passages().toList();
    Passage lead = ps.get(0);
    assertEquals("000_5301e45dfe16a7cc#1", lead.id());
    assertFalse(lead.text().contains("本文内容由"), "the source line is not a passage");
    // 《**中蘇友好同盟條約**》，全稱《**…**》()，是…  : bold gone, empty "()" gone
    assertEquals("《中蘇友好同盟條約》，全稱《中華民國蘇維埃社會主義共和國聯邦友好同盟條約》，是中华民国在1945年8月15日日本投降之際",
        lead.text().substring(0, 60));
    assertEquals(List.of(1, 2), lead.refs()); // …共和國](…)。\[1\]\[2\]1945年10月20日…
    WikiLink first = lead.links().get(0);
    assertEquals(new WikiLink("日本投降", null, "日本投降", true, 54, 58), first);

    // ## 簽訂緣由: "1945年，[美國鑑於在](https://zh.wikipedia.org/wiki/美國 …)" : swallowed text repaired
    Passage p2 = ps.get(1);
    assertEquals(List.of("簽訂緣由"), p2.section());
    assertEquals(Passage.PARAGRAPH, p2.kind());
    assertEquals(new WikiLink("美國", null, "美國", false, 6, 8), p2.links().get(0));

    // "4.  上述有關[外蒙古](../Page/外蒙古.md …)及[东北的港灣與鐵路等協議](../Page/中国东北地区.md …)…\[3\]"
    Passage item = find(A000, "上述有關");
    assertEquals(Passage.LIST_ITEM, item.kind());
    assertEquals("上述有關外蒙古及东北的港灣與鐵路等協議，須徵求蔣中正委員長之同意，依斯大林總書記之提議，美國總統將採取措施，取得該項同意。",
        item.text());
    assertEquals(List.of(3), item.refs());
    assertEquals(new WikiLink("外蒙古", null, "外蒙古", true, 4, 7), item.links().get(0));
    assertEquals(new WikiLink("中国东北地区", null, "东北的港灣與鐵路等協議", true, 8, 19), item.links().get(1));

    Passage isles = find(A000, "千島群島須交予蘇聯");
    assertEquals("千島群島須交予蘇聯。", isles.text());
    assertEquals(List.of(new WikiLink("千島群島", null, "千島群島", true, 0, 4)), isles.links());

    // "> 至于**承认外蒙古独立的决策，…全责**。当时…" : a quote paragraph, bold markers removed
    Passage quote = find(A000, "至于承认");
    assertEquals(Passage.QUOTE, quote.kind());
    assertEquals(List.of("廢除"), quote.section());
    assertEquals("至于承认外蒙古独立的决策，虽然是中央正式通过的，一致赞成的，但是我个人仍愿负其全责。当时我决心的根据有三点：", quote.text());
    // grep -c '^> ' F → 6 quote lines besides line 1 (blank "> " lines separate the paragraphs)
    assertEquals(6, ps.stream().filter(p -> p.kind().equals(Passage.QUOTE)).count());

    // "[王世-{杰}-只好勉强和](https://zh.wikipedia.org/wiki/王世杰_\(中華民國政治人物\) …)"
    WikiLink wang = lead.links().stream().filter(l -> l.target().startsWith("王世杰")).findFirst().orElseThrow();
    assertEquals("王世杰 (中華民國政治人物)", wang.target());
    assertEquals("王世杰只好勉强和", wang.text());
  }

  @Test
  void article000Footnotes() {
    Footnote fn2 = A000.footnotes().get(1);
    assertEquals("000_5301e45dfe16a7cc#fn2", fn2.id());
    assertEquals(Footnote.KIND, fn2.kind());
    // the full-width space inside 《先總統　蔣公…》 stays
    assertEquals("秦孝儀主編：《先總統　蔣公思想言論總集》卷二十五，台北：中國國民黨中央委員會黨史委員會，中央文物供應社，1983年", fn2.text());
    assertEquals(3, fn2.links().size());
    // "18. 《[紐約時報](…)》(The New\n    Times),1946 December\n    14,pp.1,7.。[關中著](…/關中 …)…"
    Footnote fn18 = A000.footnotes().get(17);
    assertEquals(18, fn18.n());
    assertEquals("《紐約時報》(The New Times),1946 December 14,pp.1,7.。關中著，《中國命運：關鍵十年》，第209頁", fn18.text());
    // offsets counted with python: "《紐約時報》(The New Times),1946 December 14,pp.1,7.。關中著".index("關中") == 47
    assertEquals(new WikiLink("關中", null, "關中", false, 47, 49), fn18.links().get(1));
  }

  @Test
  void article004() {
    // no source line: title is the first bold text, source built from it
    assertEquals("中蘇互不侵犯条约", A004.title());
    assertEquals("https://zh.wikipedia.org/wiki/中蘇互不侵犯条约", A004.source());
    // grep '^#' 004_567bd903257de334.txt → 緣起, 條約內容, 影響, 参考文献
    assertEquals(List.of(List.of(), List.of("緣起"), List.of("條約內容"), List.of("影響"), List.of("参考文献")),
        A004.sections().stream().map(Section::path).toList());
    // grep -o '\[Category:[^]]*' F → 10
    assertEquals(List.of("第二次世界大戰條約", "中苏条约", "中華民國與蘇聯關係", "1937年中国政治", "1937年苏联",
        "南京民国时期政治", "抗日戰爭", "1937年条约", "1937年8月", "中國軍事條約"), A004.categories());
    // after the categories: "1." … "12." → 12, only "11." has text
    assertEquals(12, A004.footnotes().size());
    assertEquals(1, A004.footnotes().stream().filter(f -> !f.text().isEmpty()).count());
    assertEquals("以上見《China Handbook, 1937-1945》，上海：商務印書館，1946", A004.footnotes().get(10).text());
    // grep -o '](\.\./Page/' F | wc -l → 5 ; the external-wikilink grep of article000FootnotesAndLinkCounts → 13
    assertEquals(5, count(A004, true));
    assertEquals(13, count(A004, false));
    // passages: lead, 2+1+1 in 緣起 (3 paragraphs), 1 in 條約內容, 1 in 影響 → grep -cvE '^(#|\[Category|[0-9]+\.|$)' F → 6
    assertEquals(6, A004.passages().count());

    Passage lead = A004.passages().toList().get(0);
    assertEquals("004_567bd903257de334#1", lead.id());
    assertEquals(List.of(
        new WikiLink("中华民国", null, "中华民国", false, 10, 14),
        new WikiLink("苏联", null, "苏联", true, 15, 17),
        new WikiLink("南京", null, "南京", false, 29, 31),
        new WikiLink("出联航空志愿队", null, "空军志愿队来华作战", false, 128, 137)), lead.links());

    // "1937年3月，[蘇聯駐華](…/蘇聯)[大使](…)[鲍格莫洛夫返任](…/鲍格莫洛夫)，…\[1\]。…\[2\]。"
    Passage p2 = A004.passages().toList().get(1);
    assertEquals(List.of("緣起"), p2.section());
    assertEquals(List.of(1, 2), p2.refs());
    assertEquals(new WikiLink("蘇聯", null, "蘇聯", false, 8, 10), p2.links().get(0));
    assertEquals(new WikiLink("鲍格莫洛夫", null, "鲍格莫洛夫", false, 14, 19), p2.links().get(2));
    assertEquals("1937年3月，蘇聯駐華大使鲍格莫洛夫返任，立即會見孔祥熙、陳立夫，", p2.text().substring(0, 34));

    Passage p6 = A004.passages().toList().get(5);
    assertEquals("004_567bd903257de334#6", p6.id());
    assertEquals(List.of(9, 10, 11, 12), p6.refs()); // \[9\] … \[10\]\[11\]\[12\]
    assertEquals("條約內容如下：", A004.passages().toList().get(4).text());
    assertNull(p6.links().get(0).anchor());
  }

  private static long count(Article a, boolean internal) {
    return a.passages().flatMap(p -> p.links().stream()).filter(l -> l.internal() == internal).count()
        + a.footnotes().stream().flatMap(f -> f.links().stream()).filter(l -> l.internal() == internal).count();
  }

  private static Passage find(Article a, String prefix) {
    return a.passages().filter(p -> p.text().startsWith(prefix)).findFirst().orElseThrow(() -> new AssertionError(prefix));
  }
}
