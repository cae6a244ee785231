package org.treatysearch.corpus;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Wikipedia's standard appendix headings (SPEC §2: see also, notes, references, bibliography,
 * further reading, external links), in both scripts and the spellings met in the export: the 27
 * test articles use 参考文献 36 times, 参见 25, 外部链接 15, 来源 8, 引用 8, 參見 8, 注释 6,
 * 外部連結 6, 參考文獻 6, 参考资料 6, 註釋 5, 注釋 4, 相關條目 2, 参考条目 1. Not 相关内容 ("related content"):
 * in the export it heads 6 paragraphs of body prose. A heading that joins several of them
 * ({@code 注释与参考文献}) is one too. Compared after removing white space; nothing else is
 * folded, so a body heading that merely contains such a word ({@code 参考消息}) is not one.
 */
public final class AppendixHeadings {
  private static final Set<String> TITLES = Set.of(
      // see also
      "参见", "參見", "参看", "參看", "另见", "另見", "相关条目", "相關條目", "相关词条", "相關詞條",
      "参考条目", "參考條目",
      // notes
      "注释", "註釋", "注釋", "注解", "註解", "脚注", "腳註", "腳注", "备注", "備註", "附注", "附註", "注", "註",
      // references, bibliography
      "参考", "參考", "参考文献", "參考文獻", "参考资料", "參考資料", "参考书目", "參考書目", "参考来源", "參考來源",
      "参考文档", "參考文檔", "文献", "文獻", "书目", "書目", "来源", "來源", "资料来源", "資料來源", "引用",
      "引用文献", "引用文獻", "引文", "引註", "引注", "出处", "出處",
      // further reading
      "延伸阅读", "延伸閱讀", "扩展阅读", "擴展閱讀", "进一步阅读", "進一步閱讀", "外部阅读", "外部閱讀",
      // external links
      "外部链接", "外部連結", "外部鏈接", "外部链结", "外部連接", "外部连接", "外部鏈結", "外部網站", "外部网站",
      "外部資源", "外部资源");

  /** What joins several appendix titles into one heading: 注释与参考文献, 参考资料及外部链接, 参见、注释. */
  private static final Pattern JOINERS = Pattern.compile("[与與和及、，,/／&＆]");
  private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

  private AppendixHeadings() {}

  /** Whether this one heading title is an appendix heading. */
  public static boolean isAppendixTitle(String title) {
    String t = SPACE.matcher(title).replaceAll("");
    if (t.isEmpty()) {
      return false;
    }
    if (TITLES.contains(t)) {
      return true;
    }
    String[] parts = JOINERS.split(t, -1);
    if (parts.length < 2) {
      return false;
    }
    for (String p : parts) {
      if (!TITLES.contains(p)) {
        return false;
      }
    }
    return true;
  }

  /** Whether any heading of the path is an appendix heading. */
  public static boolean isAppendix(List<String> path) {
    for (String h : path) {
      if (isAppendixTitle(h)) {
        return true;
      }
    }
    return false;
  }
}
