package org.treatysearch.corpus;

/**
 * Guesses whether a stretch of text is written in Traditional or Simplified characters, to pick a
 * conversion rule's variant (SPEC §2). The full Traditional→Simplified table lives in the analysis
 * layer, which corpus must not depend on, and ICU4J is kept off the runtime path (its 13 MB jar
 * and transliterator start-up would land on every cold index run for a few rules per article).
 * So this counts the most frequent characters that differ between the scripts: 100 pairs,
 * checked against ICU4J's Traditional-Simplified transliterator by ScriptGuessTest. A treaty
 * article's line holds dozens of them (国/國, 为/為, 条约/條約, 苏联/蘇聯…), so a line decides.
 */
final class ScriptGuess {
  /** Traditional characters; {@link #SIMPLIFIED} holds their Simplified forms at the same index. */
  static final String TRADITIONAL =
      "國這為們時會來個於與後發說對長進開關當經過還實學體點現從問種動產無業區東車機義軍戰歷條約華蘇聯陸處議書"
          + "廣應將總統黨灣鐵權領離變兩萬億紀圖報場傳認員門間幾樣頭亞歐簽訂邊協號寫讓讀話請館際貿譯選舉鄉縣韓羅禮"
          + "據隊衛擊殺爭數錢銀價買賣雙單島";
  static final String SIMPLIFIED =
      "国这为们时会来个于与后发说对长进开关当经过还实学体点现从问种动产无业区东车机义军战历条约华苏联陆处议书"
          + "广应将总统党湾铁权领离变两万亿纪图报场传认员门间几样头亚欧签订边协号写让读话请馆际贸译选举乡县韩罗礼"
          + "据队卫击杀争数钱银价买卖双单岛";

  /** +1 for a Traditional marker, -1 for a Simplified one, by char: one lookup per character of a 10 MB line. */
  private static final byte[] MARK = new byte[Character.MAX_VALUE + 1];

  static {
    TRADITIONAL.chars().forEach(c -> MARK[c] = 1);
    SIMPLIFIED.chars().forEach(c -> MARK[c] = -1);
  }

  private ScriptGuess() {}

  /** Traditional minus Simplified marker characters in {@code s}: positive means Traditional. */
  static int lean(CharSequence s) {
    int lean = 0;
    for (int i = 0; i < s.length(); i++) {
      lean += MARK[s.charAt(i)];
    }
    return lean;
  }
}
