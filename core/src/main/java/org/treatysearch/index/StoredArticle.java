package org.treatysearch.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.index.IndexableField;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Footnote;
import org.treatysearch.corpus.Section;

/**
 * What an article's own document stores: what its passage and footnote documents do not carry
 * (categories, the section layout, footnotes left empty). Together with them it is the whole
 * article model, so the index holds every text once.
 */
public record StoredArticle(
    String id, String title, String source, List<String> categories, List<Shape> sections, List<Integer> emptyFootnotes) {

  /** A section's heading path and how many passages it holds, in document order. */
  public record Shape(List<String> path, int passages) {}

  /** Joins a heading path into one stored value; headings never contain this control character. */
  private static final String PATH_SEPARATOR = "\u001f";
  private static final String TITLE = "article.title";
  private static final String SOURCE = "article.source";
  private static final String CATEGORY = "article.category";
  private static final String SECTION_PATH = "article.section.path";
  private static final String SECTION_SIZE = "article.section.size";
  private static final String EMPTY_FOOTNOTE = "article.footnote.empty";

  public static StoredArticle of(Article a) {
    List<Shape> shapes = new ArrayList<>();
    for (Section s : a.sections()) {
      shapes.add(new Shape(s.path(), s.passages().size()));
    }
    List<Integer> empty = new ArrayList<>();
    for (Footnote f : a.footnotes()) {
      if (f.text().isEmpty()) {
        empty.add(f.n());
      }
    }
    return new StoredArticle(a.id(), a.title(), a.source(), a.categories(), shapes, empty);
  }

  void addTo(Document doc) {
    doc.add(new StoredField(TITLE, title));
    doc.add(new StoredField(SOURCE, source));
    categories.forEach(c -> doc.add(new StoredField(CATEGORY, c)));
    for (Shape s : sections) {
      doc.add(new StoredField(SECTION_PATH, String.join(PATH_SEPARATOR, s.path())));
      doc.add(new StoredField(SECTION_SIZE, s.passages()));
    }
    emptyFootnotes.forEach(n -> doc.add(new StoredField(EMPTY_FOOTNOTE, n)));
  }

  public static StoredArticle from(Document doc) {
    String[] paths = doc.getValues(SECTION_PATH);
    IndexableField[] sizes = doc.getFields(SECTION_SIZE);
    List<Shape> shapes = new ArrayList<>(paths.length);
    for (int i = 0; i < paths.length; i++) {
      List<String> path = paths[i].isEmpty() ? List.of() : List.of(paths[i].split(PATH_SEPARATOR, -1));
      shapes.add(new Shape(path, sizes[i].numericValue().intValue()));
    }
    List<Integer> empty = new ArrayList<>();
    for (IndexableField f : doc.getFields(EMPTY_FOOTNOTE)) {
      empty.add(f.numericValue().intValue());
    }
    return new StoredArticle(doc.get(IndexFields.ARTICLE), doc.get(TITLE), doc.get(SOURCE),
        List.of(doc.getValues(CATEGORY)), shapes, empty);
  }
}
