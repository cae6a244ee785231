package org.treatysearch.output;

import java.io.Writer;

/** Picks the printer for a format. */
public final class HitPrinters {
  private HitPrinters() {}

  /**
   * @param batch whether hits carry their query (an extra key or first column)
   * @param color ANSI colour for the text format
   */
  public static HitPrinter create(HitFormat format, Writer out, boolean batch, boolean color) {
    return create(format, out, batch, color, TextLayout.WHOLE);
  }

  /** @param layout how the text format cuts and wraps passages */
  public static HitPrinter create(HitFormat format, Writer out, boolean batch, boolean color, TextLayout layout) {
    return switch (format) {
      case TEXT -> new TextPrinter(out, color, layout);
      case JSONL -> new JsonlPrinter(out);
      case TSV -> new TsvPrinter(out);
      case CSV -> new CsvPrinter(out, batch);
      case MD -> new MarkdownPrinter(out);
    };
  }
}
