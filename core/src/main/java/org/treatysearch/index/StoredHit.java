package org.treatysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.corpus.dates.DateMention;
import org.treatysearch.corpus.dates.Precision;

/**
 * What a passage or footnote document stores besides its id, kind and text. Plain stored fields
 * (parallel multi-valued fields for lists) rather than one JSON blob: reading a hit then needs no
 * JSON library, which keeps a cold search from loading and initialising one.
 */
public record StoredHit(
    String title,
    String source,
    List<String> section,
    List<Integer> refs,
    List<StoredHit.Note> footnotes,
    List<WikiLink> links,
    List<DateMention> dates) {

  /** A cited footnote resolved to its text. */
  public record Note(int n, String text) {}

  private static final String TITLE = "stored.title";
  private static final String SOURCE = "stored.source";
  private static final String SECTION = "stored.section";
  private static final String REF = "stored.ref";
  private static final String NOTE_N = "stored.note.n";
  private static final String NOTE_TEXT = "stored.note.text";
  /** The hit's own links (the Solr schema names these fields: stored.link.*). */
  private static final StoredLinks LINKS = new StoredLinks("stored.link");
  private static final String DATE_ISO = "stored.date.iso";
  private static final String DATE_EXPRESSION = "stored.date.expression";
  private static final String DATE_START = "stored.date.start";
  private static final String DATE_END = "stored.date.end";
  private static final String DATE_FIRST = "stored.date.first";
  private static final String DATE_LAST = "stored.date.last";

  void addTo(Document doc) {
    doc.add(new StoredField(TITLE, title));
    doc.add(new StoredField(SOURCE, source));
    section.forEach(h -> doc.add(new StoredField(SECTION, h)));
    refs.forEach(n -> doc.add(new StoredField(REF, n)));
    for (Note note : footnotes) {
      doc.add(new StoredField(NOTE_N, note.n()));
      doc.add(new StoredField(NOTE_TEXT, note.text()));
    }
    LINKS.addAll(doc, links);
    for (DateMention d : dates) {
      doc.add(new StoredField(DATE_ISO, d.date()));
      doc.add(new StoredField(DATE_EXPRESSION, d.expression()));
      doc.add(new StoredField(DATE_START, d.start()));
      doc.add(new StoredField(DATE_END, d.end()));
      doc.add(new StoredField(DATE_FIRST, d.firstDay()));
      doc.add(new StoredField(DATE_LAST, d.lastDay()));
    }
  }

  /** Reads back what {@link #addTo} stored. */
  public static StoredHit from(Document doc) {
    List<Note> notes = new ArrayList<>();
    IndexableField[] noteN = doc.getFields(NOTE_N);
    String[] noteText = doc.getValues(NOTE_TEXT);
    for (int i = 0; i < noteN.length; i++) {
      notes.add(new Note(noteN[i].numericValue().intValue(), noteText[i]));
    }
    List<WikiLink> links = LINKS.readAll(doc);
    List<Integer> refs = new ArrayList<>();
    for (IndexableField f : doc.getFields(REF)) {
      refs.add(f.numericValue().intValue());
    }
    return new StoredHit(doc.get(TITLE), doc.get(SOURCE), List.of(doc.getValues(SECTION)), refs, notes, links, dates(doc));
  }

  /** An index written before dates were stored has none of these fields: no dates. */
  private static List<DateMention> dates(Document doc) {
    String[] iso = doc.getValues(DATE_ISO);
    String[] expression = doc.getValues(DATE_EXPRESSION);
    IndexableField[] start = doc.getFields(DATE_START);
    IndexableField[] end = doc.getFields(DATE_END);
    IndexableField[] first = doc.getFields(DATE_FIRST);
    IndexableField[] last = doc.getFields(DATE_LAST);
    List<DateMention> dates = new ArrayList<>(iso.length);
    for (int i = 0; i < iso.length; i++) {
      Precision precision = iso[i].length() == 4 ? Precision.YEAR : iso[i].length() == 7 ? Precision.MONTH : Precision.DAY;
      dates.add(new DateMention(iso[i], precision, expression[i], start[i].numericValue().intValue(),
          end[i].numericValue().intValue(), first[i].numericValue().longValue(), last[i].numericValue().longValue()));
    }
    return dates;
  }
}
