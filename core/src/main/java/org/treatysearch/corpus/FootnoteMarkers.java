package org.treatysearch.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footnote markers {@code \[n\]}. Once CommonMark has resolved the escapes a marker looks exactly
 * like literal text "[n]", so before parsing each marker is rewritten into private-use sentinels
 * {@code U+E000 n U+E001} that CommonMark passes through untouched; {@link DisplayTextCleaner}
 * turns them into refs.
 */
final class FootnoteMarkers {
  static final int OPEN = 0xE000;
  static final int CLOSE = 0xE001;
  private static final Pattern MARKER = Pattern.compile("\\\\\\[(\\d{1,6})\\\\\\]");

  private FootnoteMarkers() {}

  static String encode(String markdown) {
    Matcher m = MARKER.matcher(markdown);
    if (!m.find()) {
      return markdown;
    }
    StringBuilder sb = new StringBuilder(markdown.length());
    do {
      m.appendReplacement(sb, "");
      sb.append((char) OPEN).append(m.group(1)).append((char) CLOSE);
    } while (m.find());
    m.appendTail(sb);
    return sb.toString();
  }
}
