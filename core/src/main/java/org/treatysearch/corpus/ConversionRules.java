package org.treatysearch.corpus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki language-conversion markup, resolved before parsing (SPEC §2): {@code -{X}-} is X;
 * a rule with variants ({@code -{zh-hans:为;zh-hant:爲;}-}, tags {@link VariantTag}) shows one
 * variant, the one for the script of the surrounding text, else the first. "Surrounding" is the
 * source line the rule stands on (a paragraph or list item; the rule removed), then, when that
 * line has no telling character, the whole article ({@link ScriptGuess}). A rule with the
 * hide flags {@code H}/{@code T}/{@code D} ({@code -{H|zh-cn:…;zh-tw:…}-}) shows nothing; it still
 * adds its variants. Every rule with variants is collected once per article.
 */
final class ConversionRules {
  private static final Pattern RULE = Pattern.compile("-\\{([^{}\\n]*)\\}-");
  private static final Pattern FLAGS = Pattern.compile("^\\s*([A-Za-z;\\-]{1,8})\\s*\\|(.*)$", Pattern.DOTALL);
  private static final Pattern VARIANT = Pattern.compile("^\\s*([A-Za-z]{2}(?:-[A-Za-z]{2,4})?)\\s*:(.*)$", Pattern.DOTALL);

  private final String article;
  private Integer articleLean;
  final Set<VariantGroup> groups = new LinkedHashSet<>();

  private ConversionRules(String article) {
    this.article = article;
  }

  record Resolved(String markdown, List<VariantGroup> variants) {}

  static Resolved resolve(String markdown) {
    if (!markdown.contains("-{")) {
      return new Resolved(markdown, List.of());
    }
    ConversionRules rules = new ConversionRules(markdown);
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("-{")) {
        lines[i] = rules.line(lines[i]);
      }
    }
    return new Resolved(String.join("\n", lines), List.copyOf(rules.groups));
  }

  private String line(String line) {
    Matcher m = RULE.matcher(line);
    StringBuilder out = new StringBuilder(line.length());
    Integer lean = null;
    while (m.find()) {
      String body = m.group(1);
      boolean hidden = false;
      Matcher f = FLAGS.matcher(body);
      if (f.matches() && !f.group(1).contains(":")) {
        String flags = f.group(1).toUpperCase(java.util.Locale.ROOT);
        hidden = flags.contains("H") || flags.contains("T") || flags.contains("D");
        body = f.group(2);
      }
      Optional<VariantGroup> group = variants(body);
      String shown;
      if (group.isEmpty()) {
        shown = hidden ? "" : body;
      } else {
        groups.add(group.get());
        if (lean == null) {
          lean = ScriptGuess.lean(RULE.matcher(line).replaceAll(""));
        }
        shown = hidden ? "" : choose(group.get(), lean);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(shown));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The rule's variants when every {@code ;}-separated part is {@code tag:text} with a known tag. */
  static Optional<VariantGroup> variants(String body) {
    List<VariantGroup.Variant> variants = new ArrayList<>();
    for (String part : body.split(";", -1)) {
      if (part.isBlank()) {
        continue;
      }
      Matcher v = VARIANT.matcher(part);
      if (!v.matches()) {
        return Optional.empty();
      }
      Optional<VariantTag> tag = VariantTag.of(v.group(1));
      if (tag.isEmpty()) {
        return Optional.empty();
      }
      if (variants.stream().noneMatch(w -> w.tag() == tag.get())) { // a repeated tag: the first one counts
        variants.add(new VariantGroup.Variant(tag.get(), v.group(2).strip()));
      }
    }
    return variants.isEmpty() ? Optional.empty() : Optional.of(new VariantGroup(variants));
  }

  private String choose(VariantGroup group, int lineLean) {
    int lean = lineLean;
    if (lean == 0) {
      if (articleLean == null) {
        articleLean = ScriptGuess.lean(article);
      }
      lean = articleLean;
    }
    VariantTag.Script script =
        lean > 0 ? VariantTag.Script.TRADITIONAL : lean < 0 ? VariantTag.Script.SIMPLIFIED : null;
    List<VariantGroup.Variant> vs = group.variants();
    if (script != null) {
      for (VariantGroup.Variant v : vs) {
        if (v.tag().script() == script) {
          return v.text();
        }
      }
    }
    return vs.get(0).text();
  }
}
