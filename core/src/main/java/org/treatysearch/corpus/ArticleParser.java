package org.treatysearch.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Document;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses one converted Wikipedia article (Markdown plus wikitext residue) into an {@link Article}.
 *
 * <p>CommonMark (commonmark-java) decides the block structure and the inline syntax (links,
 * emphasis, escapes, HTML); the wikitext residue rules are ours: {@link WikiResidue} before
 * parsing, {@link InlineCollector}, {@link DisplayTextCleaner} and {@link LinkSpans} after.
 * Indented and fenced code blocks are disabled: the corpus has no code, and its 4-space
 * continuation lines must stay text.
 *
 * <p>Choices where SPEC §2 is silent:
 *
 * <ul>
 *   <li><b>Empty headings</b> ({@code ###} alone: a heading whose template was deleted) still start
 *       a section, because they do separate the text that follows from the previous subsection;
 *       an empty title is left out of paths, so such a section carries its parent's path.
 *   <li><b>Empty passages</b>: a block whose display text ends up empty (an image alone, a
 *       category line, {@code <!-- end list -->}, an empty list item) is not a passage and takes
 *       no number. A section may therefore have no passages; it is kept.
 *   <li><b>Categories</b> are listed without the {@code Category:} prefix, in order, deduplicated.
 *   <li><b>Footnotes</b> are the top-level numbered lists after the last block holding a category
 *       link; without categories there are none. {@code n} is the number written in the source.
 *       An empty footnote keeps its entry with empty text.
 *   <li><b>List items</b> hold their own paragraphs only; nested lists, quotes and HTML inside an
 *       item follow it as their own passages. Paragraphs inside a quote are quotes, list items
 *       inside a quote are list items.
 *   <li><b>HTML blocks</b>: one paragraph passage per table row (cells separated by a space), one
 *       per other block; see {@link HtmlBlockText}.
 *   <li><b>Pipe tables</b> (commonmark-java's GFM tables extension): one {@code table-row} passage
 *       per row, header included, the non-empty cells joined by a full-width space; an empty cell
 *       adds no separator, a row with no text is no passage.
 *   <li><b>Heading links</b> become {@link Section#links()} (offsets within the heading title);
 *       <b>heading markers</b> become refs of the next passage in document order, cited before
 *       its own: the section's first passage, or, when the section has none, the first one after.
 *   <li><b>Appendix</b>: a passage is {@code appendix} when any heading of its path is one of
 *       {@link AppendixHeadings}.
 *   <li><b>Title</b>: falls back to the file id when there is neither a source line nor bold text.
 * </ul>
 */
public final class ArticleParser {
  private static final Pattern SOURCE_LINE =
      Pattern.compile("^>\\s*本文内容由\\[(.+?)\\]\\((\\S+?)\\)转换而来。?\\s*$");
  private static final Pattern ITEM_NUMBER = Pattern.compile("^\\s*(\\d{1,9})[.)]");

  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(
              Set.<Class<? extends Block>>of(
                  Heading.class, HtmlBlock.class, org.commonmark.node.ThematicBreak.class,
                  BlockQuote.class, ListBlock.class))
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private final String id;
  private final String[] lines;
  private final List<String> categories = new ArrayList<>();
  private final List<SectionBuilder> sections = new ArrayList<>();
  private final Deque<HeadingEntry> headings = new ArrayDeque<>();
  private final List<Footnote> footnotes = new ArrayList<>();
  private final List<Integer> headingRefs = new ArrayList<>();

  private record HeadingEntry(int level, String title) {}

  private record PendingPassage(String kind, Fragment fragment) {}

  private record SectionBuilder(List<String> path, List<PendingPassage> passages, List<WikiLink> links) {}

  private ArticleParser(String id, String source) {
    this.id = id;
    this.lines = source.split("\n", -1);
  }

  /** @param id the file name without extension */
  public static Article parse(String id, String markdown) {
    String text = markdown.replace("\r\n", "\n").replace('\r', '\n');
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    String title = null;
    String source = null;
    int firstEnd = text.indexOf('\n');
    String first = firstEnd < 0 ? text : text.substring(0, firstEnd);
    Matcher m = SOURCE_LINE.matcher(first);
    if (first.length() < 2000 && m.matches()) {
      title = unescape(m.group(1)).strip();
      source = m.group(2);
      text = firstEnd < 0 ? "" : text.substring(firstEnd); // keep the line break: line numbers stay
    }
    WikiResidue.Rewritten rewritten = WikiResidue.rewrite(NestingLimiter.limit(WikiResidue.withoutCaptionClosers(text)));
    String prepared = rewritten.markdown();
    ArticleParser parser = new ArticleParser(id, prepared);
    Document doc = (Document) PARSER.parse(prepared);
    parser.walkDocument(doc);
    if (title == null || title.isEmpty()) {
      title = firstBold(doc);
      if (title == null || title.isEmpty()) {
        title = id;
      }
    }
    if (source == null) {
      source = WikiTarget.WIKI_URL + title;
    }
    return parser.build(title, source, rewritten.variants());
  }

  private static String unescape(String s) {
    return s.replaceAll("\\\\(\\p{Punct})", "$1");
  }

  private void walkDocument(Document doc) {
    sections.add(new SectionBuilder(List.of(), new ArrayList<>(), List.of()));
    List<Node> top = new ArrayList<>();
    for (Node c = doc.getFirstChild(); c != null; c = c.getNext()) {
      top.add(c);
    }
    int lastCategory = -1;
    for (int i = 0; i < top.size(); i++) {
      if (hasCategoryLink(top.get(i))) {
        lastCategory = i;
      }
    }
    for (int i = 0; i < top.size(); i++) {
      Node block = top.get(i);
      if (lastCategory >= 0 && i > lastCategory && block instanceof OrderedList list) {
        addFootnotes(list);
      } else {
        walk(block, Passage.PARAGRAPH);
      }
    }
  }

  private void walk(Node block, String kind) {
    if (block instanceof Heading h) {
      startSection(h);
    } else if (block instanceof Paragraph p) {
      InlineCollector c = collector();
      c.addBlock(p);
      addPassage(kind, c);
    } else if (block instanceof BlockQuote) {
      for (Node c = block.getFirstChild(); c != null; c = c.getNext()) {
        walk(c, Passage.QUOTE);
      }
    } else if (block instanceof ListBlock) {
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        walkItem(item);
      }
    } else if (block instanceof HtmlBlock html) {
      for (String chunk : HtmlBlockText.chunks(html.getLiteral())) {
        InlineCollector c = collector();
        collectLeaves(PARSER.parse(chunk), c);
        addPassage(kind, c);
      }
    } else if (block instanceof ListItem) {
      walkItem(block);
    } else if (block instanceof TableBlock table) {
      walkTable(table);
    }
    // ThematicBreak, LinkReferenceDefinition: no visible text
  }

  /** The item's own paragraphs make its passage; nested blocks follow as their own passages. */
  private void walkItem(Node item) {
    InlineCollector own = collector();
    List<Node> nested = new ArrayList<>();
    for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
      if (c instanceof Paragraph || c instanceof Heading) {
        own.addBlock(c);
      } else {
        nested.add(c);
      }
    }
    addPassage(Passage.LIST_ITEM, own);
    for (Node c : nested) {
      walk(c, c instanceof HtmlBlock ? Passage.LIST_ITEM : Passage.PARAGRAPH);
    }
  }

  /** Rows sit in a TableHead and a TableBody; the delimiter row is no node. */
  private void walkTable(TableBlock table) {
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (row instanceof TableRow) {
          List<Fragment> cells = new ArrayList<>();
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            InlineCollector c = collector();
            c.addBlock(cell);
            cells.add(Fragment.of(c));
          }
          addPassage(Passage.TABLE_ROW, Fragment.join(cells, "\u3000"));
        }
      }
    }
  }

  private void startSection(Heading h) {
    InlineCollector c = collector();
    c.addBlock(h);
    Fragment heading = Fragment.of(c);
    String title = heading.text();
    headingRefs.addAll(heading.refs());
    while (!headings.isEmpty() && headings.peekLast().level() >= h.getLevel()) {
      headings.removeLast();
    }
    headings.addLast(new HeadingEntry(h.getLevel(), title));
    List<String> path = headings.stream().map(HeadingEntry::title).filter(t -> !t.isEmpty()).toList();
    sections.add(new SectionBuilder(path, new ArrayList<>(), heading.links()));
  }

  private void addPassage(String kind, InlineCollector c) {
    addPassage(kind, Fragment.of(c));
  }

  private void addPassage(String kind, Fragment f) {
    if (!f.isEmpty()) {
      sections.get(sections.size() - 1).passages().add(new PendingPassage(kind, f.withLeadingRefs(headingRefs)));
      headingRefs.clear();
    }
  }

  private void addFootnotes(OrderedList list) {
    int next = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      int n = writtenNumber(item, next);
      InlineCollector c = collector();
      collectLeaves(item, c);
      Fragment f = Fragment.of(c);
      footnotes.add(new Footnote(id + "#fn" + n, n, f.text(), f.links()));
      next = n + 1;
    }
  }

  /** The number written before the item (CommonMark only keeps the list's first one). */
  private int writtenNumber(Node item, int fallback) {
    List<SourceSpan> spans = item.getSourceSpans();
    if (!spans.isEmpty()) {
      SourceSpan s = spans.get(0);
      if (s.getLineIndex() < lines.length) {
        String line = lines[s.getLineIndex()];
        int col = Math.min(s.getColumnIndex(), line.length());
        Matcher m = ITEM_NUMBER.matcher(line.substring(col, Math.min(line.length(), col + 20)));
        if (m.find()) {
          return Integer.parseInt(m.group(1));
        }
      }
    }
    return fallback;
  }

  private InlineCollector collector() {
    return new InlineCollector(categories);
  }

  /** Every paragraph and heading below {@code root}, in order, into one collector (iterative). */
  private static void collectLeaves(Node root, InlineCollector c) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Paragraph || n instanceof Heading || n instanceof TableCell) {
        c.addBlock(n); // a table inside a footnote: its cells, in order, as one text
      } else if (n instanceof HtmlBlock html) {
        for (String chunk : HtmlBlockText.chunks(html.getLiteral())) {
          collectLeaves(PARSER.parse(chunk), c);
        }
      } else {
        for (Node k = n.getLastChild(); k != null; k = k.getPrevious()) {
          stack.push(k);
        }
      }
    }
  }

  private static boolean hasCategoryLink(Node root) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(root);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof Link l
          && WikiTarget.of(l.getDestination(), l.getTitle()).kind() == WikiTarget.Kind.CATEGORY) {
        return true;
      }
      for (Node k = n.getFirstChild(); k != null; k = k.getNext()) {
        stack.push(k);
      }
    }
    return false;
  }

  private static String firstBold(Document doc) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(doc);
    while (!stack.isEmpty()) {
      Node n = stack.pop();
      if (n instanceof StrongEmphasis) {
        InlineCollector c = new InlineCollector(new ArrayList<>());
        c.addBlock(n);
        String t = Fragment.of(c).text();
        if (!t.isEmpty()) {
          return t;
        }
      }
      for (Node k = n.getLastChild(); k != null; k = k.getPrevious()) {
        stack.push(k);
      }
    }
    return null;
  }

  private Article build(String title, String source, List<VariantGroup> variants) {
    List<Section> built = new ArrayList<>();
    int n = 0;
    for (SectionBuilder s : sections) {
      List<Passage> passages = new ArrayList<>();
      for (PendingPassage p : s.passages()) {
        n++;
        Fragment f = p.fragment();
        passages.add(new Passage(id + "#" + n, p.kind(), s.path(), f.text(), f.refs(), f.links()));
      }
      built.add(new Section(s.path(), passages, s.links()));
    }
    return new Article(id, title, source, categories, built, footnotes, variants);
  }
}
