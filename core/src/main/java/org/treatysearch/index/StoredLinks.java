package org.treatysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.treatysearch.corpus.WikiLink;

/**
 * Several owners' link lists in one document (the article document's section headings): parallel
 * multi-valued stored fields under one prefix, plus how many links each owner has, in order.
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
    IndexableField[] counts = doc.getFields(count);
    String[] targets = doc.getValues(target);
    String[] anchors = doc.getValues(anchor);
    String[] texts = doc.getValues(text);
    IndexableField[] internals = doc.getFields(internal);
    IndexableField[] starts = doc.getFields(start);
    IndexableField[] ends = doc.getFields(end);
    List<List<WikiLink>> owners = new ArrayList<>(counts.length);
    int i = 0;
    for (IndexableField c : counts) {
      List<WikiLink> links = new ArrayList<>();
      for (int k = 0; k < c.numericValue().intValue(); k++, i++) {
        links.add(new WikiLink(targets[i], anchors[i].isEmpty() ? null : anchors[i], texts[i],
            internals[i].numericValue().intValue() == 1,
            starts[i].numericValue().intValue(), ends[i].numericValue().intValue()));
      }
      owners.add(links);
    }
    return owners;
  }
}
