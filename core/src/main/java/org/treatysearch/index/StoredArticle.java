package org.treatysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Section;
import org.treatysearch.corpus.VariantGroup;
import org.treatysearch.corpus.VariantTag;
import org.treatysearch.corpus.WikiLink;

/**
 * What an article's own document stores: what its passage and footnote documents do not carry
 * (categories, the section layout with the heading links, footnotes left empty, the conversion
 * rules' variants). Together with them it is the whole article model, so the index holds every
 * text once.
 */
public record StoredArticle(
    String id,
    String title,
    String source,
    List<String> categories,
    List<Shape> sections,
    List<Integer> emptyFootnotes,
    List<VariantGroup> variants) {

  /** A section's heading path, how many passages it holds, and its heading's links, in document order. */
  public record Shape(List<String> path, int passages, List<WikiLink> links) {}

  /** Joins a heading path into one stored value; headings never contain this control character. */
  private static final String PATH_SEPARATOR = "\u001f";
  private static final String TITLE = "article.title";
  private static final String SOURCE = "article.source";
  private static final String CATEGORY = "article.category";
  private static final String SECTION_PATH = "article.section.path";
  private static final String SECTION_SIZE = "article.section.size";
  private static final StoredLinks SECTION_LINKS = new StoredLinks("article.section.link");
  private static final String EMPTY_FOOTNOTE = "article.footnote.empty";
  private static final String VARIANT_SIZE = "article.variant.size";
  private static final String VARIANT_TAG = "article.variant.tag";
  private static final String VARIANT_TEXT = "article.variant.text";

  public static StoredArticle of(Article a) {
    List<Shape> shapes = new ArrayList<>();
    for (Section s : a.sections()) {
      shapes.add(new Shape(s.path(), s.passages().size(), s.links()));
    }
    List<Integer> empty = new ArrayList<>();
    for (Footnote f : a.footnotes()) {
      if (f.text().isEmpty()) {
        empty.add(f.n());
      }
    }
    return new StoredArticle(a.id(), a.title(), a.source(), a.categories(), shapes, empty, a.variants());
  }

  void addTo(Document doc) {
    doc.add(new StoredField(TITLE, title));
    doc.add(new StoredField(SOURCE, source));
    categories.forEach(c -> doc.add(new StoredField(CATEGORY, c)));
    for (Shape s : sections) {
      doc.add(new StoredField(SECTION_PATH, String.join(PATH_SEPARATOR, s.path())));
      doc.add(new StoredField(SECTION_SIZE, s.passages()));
      SECTION_LINKS.add(doc, s.links());
    }
    emptyFootnotes.forEach(n -> doc.add(new StoredField(EMPTY_FOOTNOTE, n)));
    for (VariantGroup g : variants) {
      doc.add(new StoredField(VARIANT_SIZE, g.variants().size()));
      for (VariantGroup.Variant v : g.variants()) {
        doc.add(new StoredField(VARIANT_TAG, v.tag().tag()));
        doc.add(new StoredField(VARIANT_TEXT, v.text()));
      }
    }
  }

  public static StoredArticle from(Document doc) {
    String[] paths = doc.getValues(SECTION_PATH);
    IndexableField[] sizes = doc.getFields(SECTION_SIZE);
    List<List<WikiLink>> links = SECTION_LINKS.read(doc);
    List<Shape> shapes = new ArrayList<>(paths.length);
    for (int i = 0; i < paths.length; i++) {
      List<String> path = paths[i].isEmpty() ? List.of() : List.of(paths[i].split(PATH_SEPARATOR, -1));
      shapes.add(new Shape(path, sizes[i].numericValue().intValue(), i < links.size() ? links.get(i) : List.of()));
    }
    List<Integer> empty = new ArrayList<>();
    for (IndexableField f : doc.getFields(EMPTY_FOOTNOTE)) {
      empty.add(f.numericValue().intValue());
    }
    List<VariantGroup> variants = new ArrayList<>();
    String[] tags = doc.getValues(VARIANT_TAG);
    String[] texts = doc.getValues(VARIANT_TEXT);
    int next = 0;
    for (IndexableField size : doc.getFields(VARIANT_SIZE)) {
      List<VariantGroup.Variant> group = new ArrayList<>();
      for (int k = 0; k < size.numericValue().intValue(); k++, next++) {
        group.add(new VariantGroup.Variant(VariantTag.of(tags[next]).orElseThrow(), texts[next]));
      }
      variants.add(new VariantGroup(group));
    }
    return new StoredArticle(doc.get(IndexFields.ARTICLE), doc.get(TITLE), doc.get(SOURCE),
        List.of(doc.getValues(CATEGORY)), shapes, empty, variants);
  }
}
