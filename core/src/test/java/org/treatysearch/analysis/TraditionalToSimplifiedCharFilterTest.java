package org.treatysearch.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedCharFilterTest {

  @Test
  void readsTheFoldedArticleThroughSmallBuffersWithIdentityOffsets() throws IOException {
    for (String text : Tokens.seedTexts()) {
      StringBuilder out = new StringBuilder();
      try (TraditionalToSimplifiedCharFilter filter =
          new TraditionalToSimplifiedCharFilter(new StringReader(text))) {
        char[] buffer = new char[7]; // odd size: reads end mid-word and mid-surrogate-pair
        for (int read; (read = filter.read(buffer, 2, 5)) != -1; ) {
          out.append(buffer, 2, read);
        }
        for (int offset = 0; offset <= text.length(); offset += 97) {
          assertEquals(offset, filter.correctOffset(offset));
        }
      }
      assertEquals(Folding.fold(text), out.toString());
    }
  }
}
