package org.treatysearch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysearch.testing.SharedIndex;
import org.treatysearch.testing.TestCorpus;

/**
 * Issue 14: the bash completion offers the index's article ids after {@code show}, {@code cite}
 * and {@code --article}, and still completes options and their values. Runs the real script in
 * bash with {@code treaty} on the PATH; the expected ids are the test corpus's file names.
 */
class CompletionIdsTest {
  @TempDir Path tmp;

  List<String> complete(String line, String index) throws Exception {
    Path bin = ChildProcess.treatyOnPath(tmp);
    String script = "source <(treaty completion bash)\n"
        + "COMP_LINE=" + ChildProcess.shellQuote(line) + "; COMP_POINT=${#COMP_LINE}\n"
        + "read -ra COMP_WORDS <<< \"$COMP_LINE\"; [[ $COMP_LINE == *' ' ]] && COMP_WORDS+=('')\n"
        + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
        + "_complete_treaty; printf '%s\\n' \"${COMPREPLY[@]}\"\n";
    ChildProcess.Result r = ChildProcess.bash(tmp, bin, index == null ? Map.of() : Map.of("TREATY_INDEX", index), script);
    assertEquals(0, r.exit(), r.err());
    // picocli's functions call compopt, which bash refuses outside a real completion
    assertEquals(List.of(), r.err().lines().filter(l -> !l.contains("compopt: not currently executing")).toList());
    return r.out().lines().filter(l -> !l.isEmpty()).toList();
  }

  static List<String> ids() throws Exception {
    List<String> ids = new java.util.ArrayList<>();
    for (Path dir : List.of(TestCorpus.SEEDS, TestCorpus.EXTRA)) {
      for (Path f : TestCorpus.articleFiles(dir)) {
        String name = f.getFileName().toString();
        ids.add(name.substring(0, name.lastIndexOf('.')));
      }
    }
    return ids.stream().sorted().toList();
  }

  @Test
  void idsAfterShowCiteAndArticle() throws Exception {
    String index = SharedIndex.index().toString();
    assertEquals(ids(), complete("treaty show ", index).stream().sorted().toList());
    assertEquals(List.of(TestCorpus.TREATY_1945, TestCorpus.PACT_1937), complete("treaty cite 00", index));
    assertEquals(List.of("中苏交恶", "中苏互不侵犯条约", "中苏友好同盟互助条约", "中苏边界冲突").stream().sorted().toList(),
        complete("treaty search --article 中苏", index).stream().sorted().toList());
    assertEquals(List.of(TestCorpus.PACT_1937), complete("treaty show --index " + index + " 004", null),
        "the --index on the line is the one read");
  }

  @Test
  void optionsAndTheirValuesStillComplete() throws Exception {
    String index = SharedIndex.index().toString();
    assertEquals(List.of("text", "json"), complete("treaty show --format ", index));
    assertEquals(List.of("text", "csl-json", "bibtex"), complete("treaty cite --format ", index));
    assertTrue(complete("treaty cite --", index).contains("--format"));
    assertTrue(complete("treaty search -", index).contains("--article"));
    assertEquals(List.of(), complete("treaty show ", tmp.resolve("no-index").toString()), "no index: no ids, no noise");
  }
}
