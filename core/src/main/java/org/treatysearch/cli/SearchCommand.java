package org.treatysearch.cli;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysearch.output.HitFormat;
import org.treatysearch.output.HitPrinter;
import org.treatysearch.output.HitPrinters;
import org.treatysearch.output.TextLayout;
import org.treatysearch.search.Filters;
import org.treatysearch.output.ExplanationPrinter;
import org.treatysearch.search.Hit;
import org.treatysearch.search.QueryExplanation;
import org.treatysearch.search.Results;
import org.treatysearch.search.HitSearcher;
import org.treatysearch.search.TreatySearcher;
import org.treatysearch.study.ContextPassages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true, version = Version.TEXT,
    description = {"Print the best-matching passages and footnotes. The words are joined into one query:"
        + " all must match (in the text, a heading or the title, and at least one in the passage text itself);"
        + " \"...\" phrase; -word or NOT word excludes (looked for in the text); A OR B (binds tighter than the"
        + " space: a b OR c = a AND (b OR c)); (...); \"A B\"~N both within N characters; ? one character and"
        + " * up to 10 inside a Han word; text: title: section: link: kind: article: prefixes."},
    footerHeading = "%nExamples:%n",
    footer = {
        "  treaty search 外蒙古 公民投票",
        "  treaty search '\"雅爾塔會議\" -羅斯福' -n 5",
        "  treaty search '斯大林 史達林 OR 羅斯福'",
        "  treaty search '\"外蒙古 獨立\"~5'",
        "  treaty search '中*條約' --no-appendix",
        "  treaty search --explain '斯大林 史太林 OR 毛泽东xyz'",
        "  treaty search -c section:批准",
        "  treaty search --format jsonl kind:footnote 紐約時報 | jq .text",
        "  treaty search -l -0 雅爾塔 | xargs -0 treaty show",
        "%nExit status: 0 something found, 1 nothing found, 2 error."})
final class SearchCommand implements Callable<Integer> {
  private final Session session;

  @Mixin CommonOptions common;
  @Mixin FilterOptions filter;
  @Mixin SolrOption solr;
  @Spec CommandSpec spec;

  @Option(names = "-n", paramLabel = "N", defaultValue = "10", description = "Print at most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "K", defaultValue = "0", description = "Skip the first K hits (paging).")
  int offset;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", completionCandidates = Choices.SearchFormats.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = {"-c", "--count"}, description = "Print only the number of matching passages and footnotes.")
  boolean count;

  @Option(names = {"-l", "--ids"}, description = "Print only the ids of the hits, one per line.")
  boolean ids;

  @Option(names = {"-0", "--null"}, description = "End each id with NUL instead of a newline (for xargs -0); implies -l.")
  boolean nul;

  @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", completionCandidates = Choices.ColorModes.class,
      description = "Colour highlights: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: on a terminal, unless NO_COLOR is set).")
  String color;

  @Option(names = "--explain",
      description = "Print how the query was read (a tree in plain words), each word's number of matching passages,"
          + " and the words that matched nothing, instead of the hits.")
  boolean explain;

  @Option(names = {"-A", "--after-context"}, paramLabel = "N", description = "Also print the N passages after each hit (text and jsonl).")
  Integer after;

  @Option(names = {"-B", "--before-context"}, paramLabel = "N", description = "Also print the N passages before each hit (text and jsonl).")
  Integer before;

  @Option(names = {"-C", "--context"}, paramLabel = "N", description = "-A N and -B N (either wins over it).")
  Integer context;

  @Option(names = {"-M", "--max-columns"}, paramLabel = "N",
      description = "Text: show at most N columns of each passage, around its first match (0: all).")
  Integer maxColumns;

  @Option(names = "--full", description = "Text: print whole passages (on a terminal, long ones are cut to about three lines).")
  boolean full;

  @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Query words.")
  List<String> words;

  /** On a terminal, an empty result says why: the words no passage text holds (never when piped). */
  private void tellWhatFoundNothing(TreatySearcher searcher, String query, Filters filters) throws Exception {
    List<String> nowhere = searcher.explain(query, filters).foundNowhere();
    session.error(nowhere.isEmpty()
        ? "no passage has all the words together (try --explain)"
        : "no passage text contains " + String.join(", ", nowhere) + " (try --explain)");
  }

  /**
   * What only the local index answers: the word counts of --explain (a Solr collection's words
   * are spread over its shards).
   */
  private TreatySearcher local(HitSearcher searcher, String option) {
    if (searcher instanceof TreatySearcher local) {
      return local;
    }
    throw new ParameterException(spec.commandLine(), option + " needs the local index, not a Solr collection (--solr, TREATY_SOLR)");
  }

  SearchCommand(Session session) {
    this.session = session;
  }

  /** -A/-B, else -C, else none; a negative count is a usage error. */
  private int lines(Integer own) {
    Integer n = own != null ? own : context;
    if (n != null && n < 0) {
      throw new ParameterException(spec.commandLine(), "-A, -B and -C must not be negative, was " + n);
    }
    return n == null ? 0 : n;
  }

  /** On a terminal: wrapped at its width, long passages cut to about three lines (-M/--full change that). */
  private TextLayout layout() {
    if (maxColumns != null && maxColumns < 0) {
      throw new ParameterException(spec.commandLine(), "-M must not be negative, was " + maxColumns);
    }
    boolean terminal = session.stdoutIsTerminal();
    int columns = TerminalWidth.of(session);
    int max = full ? 0 : maxColumns != null ? maxColumns : terminal ? 3 * (columns - 3) : 0;
    return new TextLayout(max, terminal ? columns : 0);
  }

  @Override
  public Integer call() throws Exception {
    HitFormat hitFormat = HitFormat.of(new Choices.SearchFormats().check(spec, "--format", format));
    new Choices.ColorModes().check(spec, "--color", color);
    if (limit < 1) {
      throw new ParameterException(spec.commandLine(), "-n must be at least 1, was " + limit);
    }
    if (offset < 0) {
      throw new ParameterException(spec.commandLine(), "--offset must not be negative, was " + offset);
    }
    String query = QueryWords.join(spec, words);
    Filters filters = filter.filters(spec, session);
    Writer out = session.out();
    int before = lines(this.before);
    int after = lines(this.after);
    try (HitSearcher searcher = session.searcher(common.index, solr)) {
      if (explain) {
        QueryExplanation e = local(searcher, "--explain").explain(query, filters);
        new ExplanationPrinter(out).print(e, filters);
        return e.hits() > 0 ? 0 : 1;
      }
      if (count) {
        long n = searcher.count(query, filters);
        out.write(n + "\n");
        return n > 0 ? 0 : 1;
      }
      if (ids || nul) {
        Results results = searcher.search(query, filters, offset, limit, false);
        for (Hit hit : results.hits()) {
          out.write(hit.id());
          out.write(nul ? '\0' : '\n');
        }
        return results.hits().isEmpty() ? 1 : 0;
      }
      boolean colour = ColorChoice.enabled(color, session.env(), session.stdoutIsTerminal());
      ContextPassages around = before == 0 && after == 0
          ? new ContextPassages(null, 0, 0)
          : new ContextPassages(searcher.articles(), before, after);
      try (HitPrinter printer = HitPrinters.create(hitFormat, out, false, colour, layout())) {
        Results results = searcher.search(query, filters, offset, limit, printer.usesHighlights());
        for (Hit hit : results.hits()) {
          ContextPassages.Around a = around.of(hit);
          printer.hit(hit, null, a.before(), a.after());
        }
        printer.finish();
        if (results.hits().isEmpty() && session.stdoutIsTerminal() && session.stderrIsTerminal()
            && searcher instanceof TreatySearcher local) {
          tellWhatFoundNothing(local, query, filters);
        }
        return results.hits().isEmpty() ? 1 : 0;
      }
    }
  }
}
