package org.treatysearch.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;

/**
 * The Wikipedia URL of a passage: the article's source, anchored at the passage's section the way
 * MediaWiki anchors headings (html5 fragment mode, as on zh.wikipedia.org): the heading's display
 * text with runs of spaces and underscores made one space and trimmed, then each space, tab or
 * line break written {@code _} and a {@code %} that starts a percent-escape written {@code %25};
 * a heading seen before in the article (compared ignoring ASCII case) gets {@code _2},
 * {@code _3}... as MediaWiki numbers repeated headings. Lead passages, footnotes and articles get
 * the source URL without an anchor (a footnote's {@code cite_note} id depends on the wikitext's
 * ref names, which the corpus does not keep).
 */
public final class SectionUrls {
  private static final Pattern SPACES_AND_UNDERSCORES = Pattern.compile("[ _]+");
  private static final Pattern PERCENT_ESCAPE = Pattern.compile("%([0-9A-Fa-f]{2})");

  private SectionUrls() {}

  /** The source URL anchored at {@code passage}'s section; the plain source for a lead passage. */
  public static String of(Article article, Passage passage) {
    List<String> anchors = anchors(article);
    for (int i = 0; i < article.sections().size(); i++) {
      for (Passage p : article.sections().get(i).passages()) {
        if (p.id().equals(passage.id())) {
          return anchored(article.source(), anchors.get(i));
        }
      }
    }
    return article.source();
  }

  /** Footnotes: the article's source. */
  public static String of(Article article, Footnote footnote) {
    return article.source();
  }

  /**
   * The anchor of each section of {@code article}, by position in {@link Article#sections()}; null
   * for the lead. A section whose path is the path of an earlier, enclosing one came from a
   * heading without text (it adds nothing to the path): it shares the enclosing section's anchor.
   */
  public static List<String> anchors(Article article) {
    List<String> anchors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<String> previous = List.of();
    for (Section s : article.sections()) {
      List<String> path = s.path();
      String anchor;
      if (path.isEmpty()) {
        anchor = null;
      } else if (path.size() < previous.size() && previous.subList(0, path.size()).equals(path)) {
        anchor = enclosing(article.sections(), anchors, path);
      } else {
        anchor = unique(anchor(path.get(path.size() - 1)), seen);
      }
      anchors.add(anchor);
      previous = path;
    }
    return anchors;
  }

  /** A heading's fragment, before numbering repeats. */
  static String anchor(String heading) {
    String normal = SPACES_AND_UNDERSCORES.matcher(heading).replaceAll(" ").strip();
    String id = normal.replace('\t', '_').replace('\n', '_').replace('\f', '_').replace('\r', '_').replace(' ', '_');
    return PERCENT_ESCAPE.matcher(id).replaceAll("%25$1");
  }

  private static String unique(String anchor, Set<String> seen) {
    String key = asciiLower(anchor);
    if (seen.add(key)) {
      return anchor;
    }
    int i = 2;
    while (!seen.add(key + "_" + i)) {
      i++;
    }
    return anchor + "_" + i;
  }

  /** PHP's strtolower, which MediaWiki uses here, lowers ASCII letters only. */
  private static String asciiLower(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
    }
    return b.toString();
  }

  private static String enclosing(List<Section> sections, List<String> anchors, List<String> path) {
    for (int i = anchors.size() - 1; i >= 0; i--) {
      if (sections.get(i).path().equals(path)) {
        return anchors.get(i);
      }
    }
    return null;
  }

  private static String anchored(String source, String anchor) {
    if (anchor == null) {
      return source;
    }
    int hash = source.indexOf('#');
    return (hash < 0 ? source : source.substring(0, hash)) + "#" + anchor;
  }
}
