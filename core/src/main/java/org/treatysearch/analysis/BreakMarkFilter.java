package org.treatysearch.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Gives a break in the text (the punctuation or white space the tokenizer dropped between two
 * tokens) a position of its own, holding the zero-width token {@link #MARK}. Wildcard patterns
 * refuse matches that contain a mark, so {@code 中*条约} stays inside one run of text and does
 * not reach across {@code 中立。条约}; a word's characters are contiguous by construction.
 * Queries get the same marks, so a phrase such as {@code "china handbook 1937"} still finds
 * {@code China Handbook, 1937}: a break matches a break, whatever it is made of.
 */
public final class BreakMarkFilter extends TokenFilter {
  /** A term no tokenizer makes from text: control characters are never part of a token. */
  public static final String MARK = "\u0000break";

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private int maxEnd = -1;
  /** The token after a break, held while its mark goes out first. */
  private AttributeSource.State held;

  public BreakMarkFilter(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (held != null) {
      restoreState(held);
      held = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    boolean broken = maxEnd >= 0 && posInc.getPositionIncrement() > 0 && offset.startOffset() > maxEnd;
    maxEnd = Math.max(maxEnd, offset.endOffset());
    if (broken) {
      held = captureState();
      int at = offset.startOffset();
      term.setEmpty().append(MARK);
      offset.setOffset(at, at);
      posInc.setPositionIncrement(1);
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    maxEnd = -1;
    held = null;
  }
}
