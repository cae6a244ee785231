package org.treatysearch.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * What a Markdown link destination points at, decided from its URL and title.
 *
 * <ul>
 *   <li>{@code ../Page/T.md "wikilink"} → {@link Kind#INTERNAL}; {@code
 *       https://zh.wikipedia.org/wiki/T "wikilink"} → {@link Kind#EXTERNAL}.
 *   <li>Wikisource links ({@code wiki/:s:T}, also {@code wiki/s:T}) are wikilinks like any other
 *       (external); the target keeps its interwiki prefix, normalized to {@code :s:T}, so it never collides with
 *       a Wikipedia article of the same name.
 *   <li>{@code Category:} targets → {@link Kind#CATEGORY}; {@code File:}/{@code Image:} targets or
 *       a {@code "fig:…"} title → {@link Kind#IMAGE} (dropped with their placeholder text).
 *   <li>Anything else (plain web links) → {@link Kind#PLAIN}: not a wikilink, text stays visible.
 * </ul>
 *
 * The title is decoded: CommonMark has already resolved Markdown escapes; percent-escapes are
 * decoded as UTF-8, {@code _} becomes a space and {@code #anchor} is split off.
 */
record WikiTarget(Kind kind, String title, String anchor) {
  enum Kind { INTERNAL, EXTERNAL, CATEGORY, IMAGE, PLAIN }

  static final String WIKI_URL = "https://zh.wikipedia.org/wiki/";
  private static final String PAGE_PREFIX = "../Page/";
  private static final String CATEGORY = "Category:";

  static WikiTarget of(String destination, String linkTitle) {
    String dest = destination == null ? "" : destination;
    String title = linkTitle == null ? "" : linkTitle;
    if (title.startsWith("fig:")) {
      return new WikiTarget(Kind.IMAGE, null, null);
    }
    String page;
    boolean internal;
    if (dest.startsWith(PAGE_PREFIX)) {
      page = dest.substring(PAGE_PREFIX.length());
      internal = true;
    } else if (dest.startsWith(WIKI_URL) || dest.startsWith("http://zh.wikipedia.org/wiki/")) {
      page = dest.substring(dest.indexOf("/wiki/") + 6);
      internal = false;
    } else {
      return new WikiTarget(Kind.PLAIN, null, null);
    }
    String anchor = null;
    int hash = page.indexOf('#');
    if (hash >= 0) {
      anchor = decode(page.substring(hash + 1));
      page = page.substring(0, hash);
      if (anchor.isEmpty()) {
        anchor = null;
      }
    }
    if (internal && page.endsWith(".md")) {
      page = page.substring(0, page.length() - 3);
    }
    String decoded = decode(page);
    if (startsWithIgnoreCase(decoded, CATEGORY)) {
      return new WikiTarget(Kind.CATEGORY, decoded.substring(CATEGORY.length()).strip(), null);
    }
    if (startsWithIgnoreCase(decoded, "File:") || startsWithIgnoreCase(decoded, "Image:")
        || decoded.startsWith("文件:") || decoded.startsWith("檔案:") || decoded.startsWith("图像:")) {
      return new WikiTarget(Kind.IMAGE, null, null);
    }
    if (!"wikilink".equals(title)) {
      return new WikiTarget(Kind.PLAIN, null, null);
    }
    if (decoded.startsWith("s:")) {
      decoded = ":" + decoded; // wiki/s:T and wiki/:s:T both name Wikisource page T
    }
    return new WikiTarget(internal ? Kind.INTERNAL : Kind.EXTERNAL, decoded, anchor);
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  /** Percent-decoding (UTF-8, malformed escapes kept literally; '+' is not a space in paths), then {@code _} → space. */
  static String decode(String s) {
    String t = s;
    if (t.indexOf('%') >= 0) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < t.length(); ) {
        char c = t.charAt(i);
        if (c == '%' && i + 2 < t.length()
            && hex(t.charAt(i + 1)) >= 0 && hex(t.charAt(i + 2)) >= 0) {
          bytes.write(hex(t.charAt(i + 1)) * 16 + hex(t.charAt(i + 2)));
          i += 3;
        } else {
          flush(bytes, out);
          out.append(c);
          i++;
        }
      }
      flush(bytes, out);
      t = out.toString();
    }
    return t.replace('_', ' ').strip();
  }

  private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
    if (bytes.size() > 0) {
      out.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
      bytes.reset();
    }
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
