package org.treatysearch.corpus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Turns the inline nodes CommonMark produced for one block into {@link RichText}: text kept,
 * emphasis and HTML tags dropped (their content kept), wikilinks recorded with the cells of their
 * text, category links sent to the article's category list, image placeholders dropped whole.
 * Walks iteratively: inline trees (nested emphasis, images) can be arbitrarily deep.
 */
final class InlineCollector {
  /** A wikilink whose text cells carry owner id = its index in {@link #links}. */
  record PendingLink(WikiTarget target) {}

  private static final Pattern A_OPEN =
      Pattern.compile("(?is)<a\\s[^>]*?href\\s*=\\s*\"([^\"]*)\"[^>]*?>");
  private static final Pattern TITLE_ATTR = Pattern.compile("(?is)title\\s*=\\s*\"([^\"]*)\"");
  private static final Pattern BR = Pattern.compile("(?i)<br\\s*/?>");

  final RichText text = new RichText();
  final List<PendingLink> links = new ArrayList<>();
  private final List<String> categories;
  private final Deque<Integer> htmlLinkStack = new ArrayDeque<>();

  InlineCollector(List<String> categories) {
    this.categories = categories;
  }

  /** Adds the inline content of {@code block} (its children), preceded by a soft break if text exists already. */
  void addBlock(Node block) {
    if (text.size() > 0) {
      text.add(RichText.SOFT_BREAK, RichText.NO_LINK);
    }
    Deque<Object> stack = new ArrayDeque<>();
    pushChildren(stack, block);
    int currentLink = RichText.NO_LINK;
    Deque<Integer> linkStack = new ArrayDeque<>();
    while (!stack.isEmpty()) {
      Object top = stack.pop();
      if (top instanceof ExitLink) {
        currentLink = linkStack.pop();
        continue;
      }
      Node node = (Node) top;
      int owner = htmlLinkStack.isEmpty() ? currentLink : htmlLinkStack.peek();
      if (node instanceof Text t) {
        text.append(t.getLiteral(), owner);
      } else if (node instanceof Code c) {
        text.append(c.getLiteral(), owner);
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.add(RichText.SOFT_BREAK, owner);
      } else if (node instanceof HtmlInline h) {
        html(h.getLiteral());
      } else if (node instanceof Link link) {
        WikiTarget target = WikiTarget.of(link.getDestination(), link.getTitle());
        switch (target.kind()) {
          case CATEGORY -> addCategory(target.title());
          case IMAGE -> { /* placeholder text dropped */ }
          case PLAIN -> pushChildren(stack, node);
          default -> {
            int id = startLink(target);
            linkStack.push(currentLink);
            currentLink = id;
            stack.push(ExitLink.INSTANCE);
            pushChildren(stack, node);
          }
        }
      } else if (node instanceof Image image) {
        // ![alt](src): only wiki File: images are placeholders; other alt text stays visible.
        if (WikiTarget.of(image.getDestination(), image.getTitle()).kind() != WikiTarget.Kind.IMAGE) {
          pushChildren(stack, node);
        }
      } else {
        pushChildren(stack, node); // Emphasis, StrongEmphasis, anything else: keep content
      }
    }
  }

  private enum ExitLink { INSTANCE }

  private int startLink(WikiTarget target) {
    links.add(new PendingLink(target));
    int id = links.size() - 1;
    text.add(RichText.ANCHOR, id);
    return id;
  }

  private void addCategory(String name) {
    if (!name.isEmpty() && !categories.contains(name)) {
      categories.add(name);
    }
  }

  /** Inline HTML: tags vanish; {@code <a … title="wikilink">} (seen in HTML tables) opens a wikilink; {@code <br>} breaks the line. */
  private void html(String tag) {
    if (BR.matcher(tag).matches()) {
      text.add(RichText.SOFT_BREAK, htmlLinkStack.isEmpty() ? RichText.NO_LINK : htmlLinkStack.peek());
      return;
    }
    Matcher a = A_OPEN.matcher(tag);
    if (a.matches()) {
      Matcher title = TITLE_ATTR.matcher(tag);
      WikiTarget target = WikiTarget.of(a.group(1), title.find() ? title.group(1) : null);
      htmlLinkStack.push(
          target.kind() == WikiTarget.Kind.INTERNAL || target.kind() == WikiTarget.Kind.EXTERNAL
              ? startLink(target)
              : RichText.NO_LINK);
    } else if (tag.regionMatches(true, 0, "</a", 0, 3) && !htmlLinkStack.isEmpty()) {
      htmlLinkStack.pop();
    }
  }

  private static void pushChildren(Deque<Object> stack, Node parent) {
    // push in reverse so the first child is processed first
    for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
      stack.push(c);
    }
  }
}
