package org.treatysearch.corpus;

import java.util.List;

/**
 * The variants of one language-conversion rule {@code -{zh-hans:为;zh-hant:爲;}-}, in the order
 * written: the article's own word-variant list (one group per distinct rule).
 */
public record VariantGroup(List<Variant> variants) {

  /** One variant: its tag as written ({@code zh-hans}, {@code zh-tw}, …) and its text. */
  public record Variant(VariantTag tag, String text) {}

  public VariantGroup {
    variants = List.copyOf(variants);
  }
}
