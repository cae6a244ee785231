package org.treatysearch.study;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.treatysearch.analysis.ChineseAnalyzers;

/**
 * The smartcn words of a text, as the index's {@code text.words} field holds them (folded,
 * lowercased, punctuation dropped), with their char offsets in the text.
 */
public final class Words {
  /** A word and where it stands: {@code [start, end)} in chars of the analysed text. */
  public record Token(String word, int start, int end) {}

  private final Analyzer analyzer = ChineseAnalyzers.words();

  public List<Token> of(String text) {
    List<Token> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text.words", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
    return out;
  }
}
