package org.treatysearch.output;

import java.util.List;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.search.Hit;

/** Handcrafted hits and articles: the printers are tested without an index. */
public final class Fixtures {
  private Fixtures() {}

  /** 雅爾塔會議 at code points 2..7; the text starts with a supplementary character to test code-point offsets. */
  public static Hit yalta() {
    return new Hit("000_a#3", "000_a", "中蘇友好同盟條約", List.of("背景", "雅爾塔"), "paragraph", 1, 12.5f,
        "𠀀在雅爾塔會議上，蘇聯提出條件。",
        List.of(new Hit.Span(2, 7)), List.of(1, 2),
        List.of(new Hit.FootnoteRef(1, "紐約時報, 1945"), new Hit.FootnoteRef(2, "")),
        List.of(new WikiLink("雅爾塔會議", null, "雅爾塔會議", true, 2, 7),
            new WikiLink("蘇聯", "歷史", "蘇聯", false, 9, 11)),
        "https://zh.wikipedia.org/wiki/中蘇友好同盟條約");
  }

  /** A hit whose text and title contain tabs, newlines, quotes, commas and backslashes. */
  public static Hit awkward() {
    return new Hit("004_b#7", "004_b", "Title\twith \"tab\", comma", List.of("A", "B\\C"), "list-item", 2, 0.000125f,
        "line one\nline\ttwo, \"quoted\" \\ back *star* [x]", List.of(), List.of(), List.of(), List.of(),
        "https://zh.wikipedia.org/wiki/X");
  }

  public static Hit footnote() {
    return new Hit("000_a#fn1", "000_a", "中蘇友好同盟條約", List.of(), "footnote", 3, 1.0f, "紐約時報, 1945",
        List.of(new Hit.Span(0, 4)), List.of(), List.of(), List.of(), "https://zh.wikipedia.org/wiki/中蘇友好同盟條約");
  }

  public static Hit other() {
    return new Hit("004_b#1", "004_b", "中蘇互不侵犯条约", List.of(), "paragraph", 4, 2.0f, "條約於1937年簽訂。",
        List.of(), List.of(), List.of(), List.of(), "https://zh.wikipedia.org/wiki/中蘇互不侵犯条约");
  }

  public static Article article() {
    WikiLink link = new WikiLink("蘇聯", null, "蘇聯", true, 0, 2);
    WikiLink external = new WikiLink("外蒙古", "獨立", "外蒙古", false, 3, 6);
    Passage lead = new Passage("000_a#1", Passage.PARAGRAPH, List.of(), "蘇聯與中華民國簽訂條約。", List.of(1), List.of(link));
    Passage item = new Passage("000_a#2", Passage.LIST_ITEM, List.of("背景"), "承認外蒙古獨立", List.of(), List.of(external));
    Passage quote = new Passage("000_a#3", Passage.QUOTE, List.of("背景", "條文"), "第一條", List.of(1, 2), List.of());
    return new Article("000_a", "中蘇友好同盟條約", "https://zh.wikipedia.org/wiki/中蘇友好同盟條約",
        List.of("1945年條約", "中蘇關係"),
        List.of(new Section(List.of(), List.of(lead)), new Section(List.of("背景"), List.of(item)),
            new Section(List.of("背景", "條文"), List.of(quote))),
        List.of(new Footnote("000_a#fn1", 1, "紐約時報", List.of(link)), new Footnote("000_a#fn2", 2, "", List.of())));
  }

  public static Article secondArticle() {
    return new Article("004_b", "中蘇互不侵犯条约", "https://zh.wikipedia.org/wiki/中蘇互不侵犯条约", List.of("中蘇關係"),
        List.of(new Section(List.of(), List.of(new Passage("004_b#1", Passage.PARAGRAPH, List.of(), "條約。", List.of(), List.of())))),
        List.of());
  }
}
