package org.treatysearch.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.Passage;
import org.treatysearch.corpus.Section;

/** Issue 14: the retrieval day when known, LaTeX escaping, and MediaWiki's anchor rules. */
class CitationPrinterTest {
  static final Citation DATED = new Citation("a#3", "Title_{1} 50% & $x$ #2 ^~\\", List.of("See  also"), 0,
      "https://zh.wikipedia.org/wiki/T#See_also", LocalDate.of(2024, 3, 9));

  static String print(CitationFormat format, Citation c) throws Exception {
    StringWriter out = new StringWriter();
    new CitationPrinter(out).print(format, List.of(c));
    return out.toString();
  }

  @Test
  void theRetrievalDayShowsInEveryFormat() throws Exception {
    assertEquals("Title_{1} 50% & $x$ #2 ^~\\ › See  also. Wikipedia. Retrieved 2024-03-09. "
        + "https://zh.wikipedia.org/wiki/T#See_also\n", print(CitationFormat.TEXT, DATED));
    JsonNode csl = new ObjectMapper().readTree(print(CitationFormat.CSL_JSON, DATED));
    assertEquals("[[2024,3,9]]", csl.get(0).get("accessed").get("date-parts").toString());
    assertTrue(print(CitationFormat.BIBTEX, DATED).contains("\n  urldate = {2024-03-09},\n"));
  }

  @Test
  void bibtexValuesAreLatexEscapedAndKeysHaveNoHash() throws Exception {
    String bib = print(CitationFormat.BIBTEX, DATED);
    assertTrue(bib.startsWith("@misc{a-3,\n"), bib);
    assertTrue(bib.contains("\n  title = {Title\\_\\{1\\} 50\\% \\& \\$x\\$ \\#2 \\^{}\\~{}\\textbackslash{}},\n"), bib);
  }

  static Passage p(String id, List<String> path) {
    return new Passage(id, Passage.PARAGRAPH, path, "text", List.of(), List.of());
  }

  @Test
  void anchorsFollowMediaWiki() {
    // headings as a page would have them: spaces, a repeat, a repeat in other ASCII case, a percent
    // escape, a heading without text (it keeps its parent's path)
    Article a = new Article("x", "T", "https://zh.wikipedia.org/wiki/T", List.of(), List.of(
        new Section(List.of(), List.of(p("x#1", List.of()))),
        new Section(List.of("See  also "), List.of(p("x#2", List.of("See  also ")))),
        new Section(List.of("注释"), List.of(p("x#3", List.of("注释")))),
        new Section(List.of("注释", "Notes"), List.of(p("x#4", List.of("注释", "Notes")))),
        new Section(List.of("注释"), List.of(p("x#5", List.of("注释")))),
        new Section(List.of("notes"), List.of(p("x#6", List.of("notes")))),
        new Section(List.of("注释"), List.of(p("x#7", List.of("注释")))),
        new Section(List.of("100%E5 done_ _x"), List.of(p("x#8", List.of("100%E5 done_ _x"))))),
        List.of());
    assertEquals(java.util.Arrays.asList(null, "See_also", "注释", "Notes", "注释", "notes_2", "注释_2", "100%25E5_done_x"),
        SectionUrls.anchors(a));
    assertEquals("https://zh.wikipedia.org/wiki/T", SectionUrls.of(a, a.sections().get(0).passages().get(0)));
    assertEquals("https://zh.wikipedia.org/wiki/T#notes_2", SectionUrls.of(a, a.sections().get(5).passages().get(0)));
  }
}
