package org.treatysearch.corpus;

import java.util.Locale;
import java.util.Optional;

/** The language-variant tags a conversion rule may carry, each with the script it is written in. */
public enum VariantTag {
  ZH("zh", Script.ANY),
  ZH_HANS("zh-hans", Script.SIMPLIFIED),
  ZH_HANT("zh-hant", Script.TRADITIONAL),
  ZH_CN("zh-cn", Script.SIMPLIFIED),
  ZH_SG("zh-sg", Script.SIMPLIFIED),
  ZH_MY("zh-my", Script.SIMPLIFIED),
  ZH_TW("zh-tw", Script.TRADITIONAL),
  ZH_HK("zh-hk", Script.TRADITIONAL),
  ZH_MO("zh-mo", Script.TRADITIONAL);

  /** Which Han script a variant is written in; {@link #ANY} for the untagged {@code zh}. */
  public enum Script { SIMPLIFIED, TRADITIONAL, ANY }

  private final String tag;
  private final Script script;

  VariantTag(String tag, Script script) {
    this.tag = tag;
    this.script = script;
  }

  /** The tag as written in wikitext and shown in JSON. */
  public String tag() {
    return tag;
  }

  public Script script() {
    return script;
  }

  public static Optional<VariantTag> of(String written) {
    String t = written.strip().toLowerCase(Locale.ROOT);
    for (VariantTag v : values()) {
      if (v.tag.equals(t)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return tag;
  }
}
