package org.treatysearch.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;
import org.treatysearch.corpus.WikiLink;
import org.treatysearch.corpus.dates.ArticleDates;
import org.treatysearch.corpus.dates.DateMention;

/**
 * Turns one article into its Lucene documents: one per passage, one per footnote with text, and
 * one for what the article has besides them ({@link StoredArticle}).
 */
public final class ArticleDocuments {

  /** Stored text, indexed with offsets so the UnifiedHighlighter reads them from the postings. */
  public static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

  /**
   * Headings and titles without length norms: the same short title repeats on every passage of
   * its article, and BM25's bonus for short fields would let a title-only match outrank passages
   * that contain the words.
   */
  private static final FieldType CONTEXT = new FieldType(TextField.TYPE_NOT_STORED);

  /** smartcn words only rank (matching is the grams field's job): frequencies, no positions. */
  public static final FieldType WORDS = new FieldType(TextField.TYPE_NOT_STORED);

  static {
    WORDS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    WORDS.freeze();
    TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_WITH_OFFSETS.freeze();
    CONTEXT.setOmitNorms(true);
    CONTEXT.freeze();
  }

  private ArticleDocuments() {}

  public static List<Document> of(Article article) {
    Map<Integer, String> noteText = new HashMap<>();
    for (Footnote f : article.footnotes()) {
      noteText.put(f.n(), f.text());
    }
    Map<String, List<DateMention>> dates = ArticleDates.of(article);
    List<Document> docs = new ArrayList<>();
    for (Section s : article.sections()) {
      s.passages().forEach(p -> docs.add(passage(article, p, s.links(), noteText, dates.get(p.id()))));
    }
    for (Footnote f : article.footnotes()) {
      if (!f.text().isEmpty()) { // an empty footnote has nothing to find
        docs.add(footnote(article, f, dates.get(f.id())));
      }
    }
    docs.add(model(article));
    return docs;
  }

  /**
   * A passage's LINK field holds its own link targets and its section heading's: {@code link:}
   * finds a section by a link in its title. Only stored are the passage's own links, whose
   * offsets are about its text.
   */
  private static Document passage(Article article, Passage p, List<WikiLink> headingLinks, Map<Integer, String> noteText,
      List<DateMention> dates) {
    List<StoredHit.Note> notes = new ArrayList<>();
    for (int n : p.refs()) {
      notes.add(new StoredHit.Note(n, noteText.getOrDefault(n, "")));
    }
    Document doc = hit(article, p.id(), p.kind(), p.n(), p.text(), String.join(" > ", p.section()), p.links());
    for (WikiLink link : headingLinks) {
      doc.add(new TextField(IndexFields.LINK, link.target(), Field.Store.NO));
    }
    if (p.appendix()) {
      doc.add(new StringField(IndexFields.APPENDIX, IndexFields.APPENDIX_TRUE, Field.Store.YES));
    }
    new StoredHit(article.title(), article.source(), p.section(), p.refs(), notes, p.links(), dates).addTo(doc);
    addDates(doc, dates);
    return doc;
  }

  private static Document footnote(Article article, Footnote f, List<DateMention> dates) {
    Document doc = hit(article, f.id(), Footnote.KIND, IndexFields.FOOTNOTE_SEQ_BASE + f.n(), f.text(), "", f.links());
    new StoredHit(article.title(), article.source(), List.of(), List.of(), List.of(), f.links(), dates).addTo(doc);
    addDates(doc, dates);
    return doc;
  }

  /** Each mention as the range of days it covers, so a date: query matches when one of them overlaps. */
  private static void addDates(Document doc, List<DateMention> dates) {
    for (DateMention d : dates) {
      doc.add(new LongRange(IndexFields.DATE, new long[] {d.firstDay()}, new long[] {d.lastDay()}));
    }
  }

  private static Document hit(
      Article article, String id, String kind, int seq, String text, String section, List<WikiLink> links) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.DOCTYPE, IndexFields.HIT, Field.Store.NO));
    doc.add(new StringField(IndexFields.ID, id, Field.Store.YES));
    doc.add(new StringField(IndexFields.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.ARTICLE, new BytesRef(article.id())));
    doc.add(new StringField(IndexFields.ARTICLE_KEY, IndexFields.articleKey(article.id()), Field.Store.NO));
    doc.add(new StringField(IndexFields.KIND, kind, Field.Store.YES));
    doc.add(new NumericDocValuesField(IndexFields.SEQ, seq));
    doc.add(new Field(IndexFields.TEXT, text, TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.TEXT + IndexFields.WORDS, text, WORDS));
    doc.add(new Field(IndexFields.SECTION, section, CONTEXT));
    doc.add(new Field(IndexFields.TITLE, article.title(), CONTEXT));
    for (WikiLink link : links) {
      doc.add(new TextField(IndexFields.LINK, link.target(), Field.Store.NO));
    }
    return doc;
  }

  private static Document model(Article article) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.DOCTYPE, IndexFields.ARTICLE_DOC, Field.Store.NO));
    doc.add(new StringField(IndexFields.ARTICLE, article.id(), Field.Store.YES));
    doc.add(new StringField(IndexFields.ARTICLE_KEY, IndexFields.articleKey(article.id()), Field.Store.NO));
    doc.add(new SortedDocValuesField(IndexFields.ARTICLE, new BytesRef(article.id())));
    StoredArticle.of(article).addTo(doc);
    return doc;
  }
}
