package org.treatysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.treatysearch.corpus.WikiLink;

/**
 * Link lists as parallel multi-valued stored fields under one prefix: one owner's ({@link
 * #addAll}/{@link #readAll}: a hit's links), or several owners' in one document ({@link #add}/
 * {@link #read}: the article document's section headings), with how many links each owner has.
 */
final class StoredLinks {
  private final String count;
  private final String target;
  private final String anchor;
  private final String text;
  private final String internal;
  private final String start;
  private final String end;

  StoredLinks(String prefix) {
    count = prefix + ".count";
    target = prefix + ".target";
    anchor = prefix + ".anchor";
    text = prefix + ".text";
    internal = prefix + ".internal";
    start = prefix + ".start";
    end = prefix + ".end";
  }

  /** Adds one owner's links; call once per owner, in order. */
  void add(Document doc, List<WikiLink> links) {
    doc.add(new StoredField(count, links.size()));
    addAll(doc, links);
  }

  /** Adds the links of a document that has one owner (no counts). */
  void addAll(Document doc, List<WikiLink> links) {
    for (WikiLink l : links) {
      doc.add(new StoredField(target, l.target()));
      doc.add(new StoredField(anchor, l.anchor() == null ? "" : l.anchor()));
      doc.add(new StoredField(text, l.text()));
      doc.add(new StoredField(internal, l.internal() ? 1 : 0));
      doc.add(new StoredField(start, l.start()));
      doc.add(new StoredField(end, l.end()));
    }
  }

  /** Every owner's links, in the order {@link #add} was called; empty when none were stored. */
  List<List<WikiLink>> read(Document doc) {
    List<WikiLink> all = readAll(doc);
    IndexableField[] counts = doc.getFields(count);
    List<List<WikiLink>> owners = new ArrayList<>(counts.length);
    int i = 0;
    for (IndexableField c : counts) {
      int n = c.numericValue().intValue();
      owners.add(List.copyOf(all.subList(i, i + n)));
      i += n;
    }
    return owners;
  }

  /** All the links stored under the prefix, in order. */
  List<WikiLink> readAll(Document doc) {
    String[] targets = doc.getValues(target);
    String[] anchors = doc.getValues(anchor);
    String[] texts = doc.getValues(text);
    IndexableField[] internals = doc.getFields(internal);
    IndexableField[] starts = doc.getFields(start);
    IndexableField[] ends = doc.getFields(end);
    List<WikiLink> links = new ArrayList<>(targets.length);
    for (int i = 0; i < targets.length; i++) {
      links.add(new WikiLink(targets[i], anchors[i].isEmpty() ? null : anchors[i], texts[i],
          internals[i].numericValue().intValue() == 1,
          starts[i].numericValue().intValue(), ends[i].numericValue().intValue()));
    }
    return links;
  }
}
