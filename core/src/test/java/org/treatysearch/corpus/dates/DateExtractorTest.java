package org.treatysearch.corpus.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.ArticleParser;
import org.treatysearch.corpus.CorpusReader;
import org.treatysearch.corpus.Passage;

/**
 * Dates of real passages of the test articles, with expected values read off the articles' own text
 * (which often gives the Gregorian date beside the lunar one) or published conversions (cited).
 */
class DateExtractorTest {
  private static final Path EXTRA = Path.of("src/test/resources/articles/extra");
  private static final Path SEEDS = Path.of("src/test/resources/articles/seeds");

  private static Map<String, List<DateMention>> dates(Path dir, String file) throws Exception {
    return ArticleDates.of(CorpusReader.read(dir.resolve(file)));
  }

  /** The mention of {@code passage} written {@code expression}, checked to stand at its offsets. */
  private static DateMention mention(Map<String, List<DateMention>> dates, Article article, String passage,
      String expression) {
    DateMention m = dates.get(passage).stream().filter(d -> d.expression().equals(expression)).findFirst()
        .orElseThrow(() -> new AssertionError(passage + " has no " + expression + ": " + dates.get(passage)));
    String text = article.passages().filter(p -> p.id().equals(passage)).map(Passage::text).findFirst()
        .orElseGet(() -> article.footnotes().stream().filter(f -> f.id().equals(passage)).findFirst().orElseThrow().text());
    int from = text.offsetByCodePoints(0, m.start());
    assertEquals(expression, text.substring(from, text.offsetByCodePoints(from, m.end() - m.start())));
    return m;
  }

  private static void check(String file, Path dir, String passage, String expression, String iso) throws Exception {
    Article a = CorpusReader.read(dir.resolve(file));
    DateMention m = mention(ArticleDates.of(a), a, passage, expression);
    assertEquals(iso, m.date(), expression);
    assertEquals(iso.length() == 4 ? Precision.YEAR : iso.length() == 7 ? Precision.MONTH : Precision.DAY, m.precision());
    if (m.precision() == Precision.DAY) {
      assertEquals(LocalDate.parse(iso).toEpochDay(), m.firstDay());
      assertEquals(m.firstDay(), m.lastDay());
    }
  }

  private static long day(String iso) {
    return LocalDate.parse(iso).toEpochDay();
  }

  @Test
  void gregorianDayMonthAndYear() throws Exception {
    // 《中蘇友好同盟條約》 lead: 1945年8月15日 … 1945年8月14日 … 1945年10月20日
    check("000_5301e45dfe16a7cc.txt", SEEDS, "000_5301e45dfe16a7cc#1", "1945年8月14日", "1945-08-14");
    check("中俄密约.md", EXTRA, "中俄密约#2", "1896年5月", "1896-05");
    check("北塔山事件.md", EXTRA, "北塔山事件#2", "1944年", "1944");
    DateMention may = mention(dates(EXTRA, "中俄密约.md"), CorpusReader.read(EXTRA.resolve("中俄密约.md")), "中俄密约#2", "1896年5月");
    assertEquals(day("1896-05-01"), may.firstDay());
    assertEquals(day("1896-05-31"), may.lastDay());
  }

  @Test
  void chineseNumeralYears() throws Exception {
    check("外蒙古独立.md", EXTRA, "外蒙古独立#101", "一九二九年", "1929");
    assertEquals("1945", DateExtractor.find("一九四五年").get(0).date());
    assertEquals("1950-02-14", DateExtractor.find("一九五〇年二月十四日").get(0).date());
  }

  @Test
  void minguoYears() throws Exception {
    check("外蒙古独立.md", EXTRA, "外蒙古独立#88", "民國35年1月5日", "1946-01-05");
    check("外蒙古独立.md", EXTRA, "外蒙古独立#96", "民國三十六年", "1947");
    check("北塔山事件.md", EXTRA, "北塔山事件#2", "民國元年", "1912");
    assertEquals("1945", DateExtractor.find("民国三十四年").get(0).date());
    assertEquals("1945", DateExtractor.find("民國34年").get(0).date());
    assertEquals("1945-10-10", DateExtractor.find("中華民國三十四年十月十日").get(0).date());
  }

  @Test
  void reignYearsAreLunarYears() throws Exception {
    // 华俄道胜银行: 光緒二十二年（1896年）四月 — the article gives the Gregorian year itself
    check("华俄道胜银行.md", EXTRA, "华俄道胜银行#2", "光緒二十二年", "1896");
    check("中俄密约.md", EXTRA, "中俄密约#1", "光绪二十二年", "1896");
    check("中俄勘分西北界约记.md", EXTRA, "中俄勘分西北界约记#3", "同治三年", "1864");
    check("外蒙古独立.md", EXTRA, "外蒙古独立#32", "宣统三年", "1911");
    check("外蒙古独立.md", EXTRA, "外蒙古独立#fn36", "康熙三十六年", "1697");
    // a lunar year starts between 21 January and 20 February and has 353-355 or 383-385 days
    DateMention y = DateExtractor.find("光緒二十二年").get(0);
    LocalDate newYear = LocalDate.ofEpochDay(y.firstDay());
    assertTrue(!newYear.isBefore(LocalDate.of(1896, 1, 21)) && !newYear.isAfter(LocalDate.of(1896, 2, 20)), newYear.toString());
    long length = y.lastDay() - y.firstDay() + 1;
    assertTrue(List.of(353L, 354L, 355L, 383L, 384L, 385L).contains(length), "days: " + length);
    // the 12th month of 光緒二十一年 lies in 1896: a lunar year runs into the next Gregorian one
    assertTrue(DateExtractor.find("光緒二十一年十二月").get(0).date().startsWith("1896-0"));
  }

  @Test
  void lunarDaysMatchPublishedConversions() throws Exception {
    // 璦琿條約 lead: "1858年5月28日（咸丰八年四月十六日…）": the article's own conversion
    check("璦琿條約.md", EXTRA, "璦琿條約#1", "咸丰八年四月十六日", "1858-05-28");
    // The Treaty of Shimonoseki is dated in both calendars, 光緒二十一年三月二十三日 and
    // 明治二十八年四月十七日; 三國干涉還遼 gives 1895年4月17日.
    assertEquals("1895-04-17", DateExtractor.find("光緒二十一年三月二十三日").get(0).date());
    assertEquals("1895-04-17", DateExtractor.find("明治二十八年四月十七日").get(0).date());
    // 中俄密约 (Li-Lobanov treaty) signed 1896年6月3日 (中俄密约#2) = 光緒二十二年四月二十二日
    assertEquals("1896-06-03", DateExtractor.find("光緒二十二年四月二十二日").get(0).date());
    // Treaty of Wangxia, 3 July 1844 = 道光二十四年五月十八日 (the treaty's Chinese dating)
    assertEquals("1844-07-03", DateExtractor.find("道光二十四年五月十八日").get(0).date());
    // a month that has no 30th day, a leap month the year lacks (咸豐八年 had none)
    assertEquals(List.of(), DateExtractor.find("光緒二十一年三月三十一日"));
    assertEquals(List.of(), DateExtractor.find("咸豐八年閏四月"));
  }

  @Test
  void japaneseEras() {
    // no test article writes a Japanese era date; the Shimonoseki treaty's dating serves
    DateMention y = DateExtractor.find("明治28年").get(0);
    assertEquals("1895", y.date());
    assertEquals(day("1895-01-01"), y.firstDay());
    assertEquals(day("1895-12-31"), y.lastDay());
    assertEquals("1945-08-15", DateExtractor.find("昭和20年8月15日").get(0).date());
  }

  @Test
  void monthDaysTakeTheYearOfTheFullDateBefore() throws Exception {
    // 中蘇友好同盟條約#12 "同年6月20日 … 6月27日": the section's last full date is in 1945
    check("000_5301e45dfe16a7cc.txt", SEEDS, "000_5301e45dfe16a7cc#12", "6月20日", "1945-06-20");
    check("000_5301e45dfe16a7cc.txt", SEEDS, "000_5301e45dfe16a7cc#12", "6月27日", "1945-06-27");
    // 中苏友好同盟互助条约#1 "1950年2月14日 … 4月11日" in one passage
    check("中苏友好同盟互助条约.md", EXTRA, "中苏友好同盟互助条约#1", "4月11日", "1950-04-11");
    // "1864年（同治三年）10月7日": the year in brackets belongs to the month-day after it
    check("中俄勘分西北界约记.md", EXTRA, "中俄勘分西北界约记#3", "10月7日", "1864-10-07");
    // 外蒙古独立#92 "民國82年（1993年）4月12日 … 同年11月26日": the bracketed year carries on
    check("外蒙古独立.md", EXTRA, "外蒙古独立#92", "11月26日", "1993-11-26");
    // 光緒二十二年（1896年）四月: a lunar month of that reign year
    check("华俄道胜银行.md", EXTRA, "华俄道胜银行#2", "四月", "1896-05");
    // 次年 moves one year on; 三十五年一月五日 takes the era (民國) of the date before it
    List<DateMention> ms = DateExtractor.find("1945年8月14日簽約，次年2月14日生效。");
    assertEquals("1946-02-14", ms.get(1).date());
    assertEquals("1946-01-05", DateExtractor.find("民國三十四年十月十日，三十五年一月五日").get(1).date());
  }

  @Test
  void theYearDoesNotCrossAHeading() {
    Article a = ArticleParser.parse("t", "1945年8月14日簽約。\n\n8月15日投降。\n\n## 後來\n\n8月16日。\n");
    Map<String, List<DateMention>> dates = ArticleDates.of(a);
    assertEquals("1945-08-15", dates.get("t#2").get(0).date());
    assertEquals(List.of(), dates.get("t#3"));
  }

  @Test
  void aBareYearIsNoYearForTheMonthDaysAfterIt() {
    // a bare year is often a look back: 7月2日 after "1924年的協定" in a 1945 narrative is not 1924
    List<DateMention> ms = DateExtractor.find("1945年6月30日抵達。依1924年協定，7月2日會談。");
    assertEquals("1945-07-02", ms.get(2).date());
    assertEquals(List.of(), DateExtractor.find("依1924年協定，7月2日會談。").stream().filter(m -> m.expression().equals("7月2日")).toList());
  }

  @Test
  void numbersThatAreNotDates() throws Exception {
    // 中苏互不侵犯条约: "蘇聯提供紿蔣大約1,000架飛機"; 中苏边界冲突: "阵亡29人，伤68人"
    Article pact = CorpusReader.read(EXTRA.resolve("中苏互不侵犯条约.md"));
    Map<String, List<DateMention>> dates = ArticleDates.of(pact);
    Passage planes = pact.passages().filter(p -> p.text().contains("1,000架")).findFirst().orElseThrow();
    assertTrue(dates.get(planes.id()).stream().noneMatch(m -> m.expression().contains("1,000")
        || m.expression().contains("000")), dates.get(planes.id()).toString());
    for (String text : new String[] {"95人", "1,000架", "阵亡29人，伤68人", "有效期15年", "40年至45年", "1960年代",
        "1936-37年", "二十年至三十年之後", "三十年", "十月革命", "第3月", "2,000年"}) {
      assertEquals(List.of(), DateExtractor.find(text), text);
    }
  }

  @Test
  void offsetsCountCodePoints() {
    DateMention m = DateExtractor.find("𠀀1945年").get(0); // a supplementary character first
    assertEquals(1, m.start());
    assertEquals(6, m.end());
  }

  @Test
  void everyEraOfTheTableIsUsable() {
    for (Era era : Eras.all().values()) {
      List<DateMention> ms = DateExtractor.find(era.name() + "二年");
      assertEquals(1, ms.size(), era.name());
      assertEquals(String.valueOf(era.firstYear() + 1), ms.get(0).date(), era.name());
    }
    assertEquals(1912, Eras.byName("民國").firstYear());
    assertEquals(1875, Eras.byName("光緒").firstYear());
  }
}
