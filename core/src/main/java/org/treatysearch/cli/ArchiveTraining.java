package org.treatysearch.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Not a user command: scripts/treaty runs this once per jar, under
 * {@code -XX:ArchiveClassesAtExit}, so that the class-data archive holds the classes of every
 * command path (highlighted and plain search, each format, export, batch, show, cite, stats, the
 * study commands, the completion's id list, errors),
 * not only those of whichever command happened to run first.
 * Usage: ArchiveTraining INDEX_DIR
 */
public final class ArchiveTraining {
  private ArchiveTraining() {}

  public static void main(String[] args) {
    String index = args[0];
    String id = firstArticle(index);
    String[][] runs = {
      {"search", "--color", "always", "中蘇", "條約"},
      {"search", "--format", "jsonl", "-n", "3", "外蒙古 OR 雅尔塔"},
      {"search", "--format", "tsv", "外蒙古"},
      {"search", "--format", "csv", "title:中蘇"},
      {"search", "-c", "外蒙古"},
      {"search", "-l", "-0", "中蘇"},
      {"search", "\"unclosed"},
      {"export", "--format", "md", "外蒙古"},
      {"export", "--format", "jsonl", "kind:footnote"},
      {"show", id, "--format", "json"},
      {"show", id, id + "#1", id + "#fn1"},
      {"cite", id + "#1", id + "#fn1", id},
      {"cite", "--format", "csl-json", id + "#1"},
      {"cite", "--format", "bibtex", id + "#1"},
      {"ids"},
      {"serch"},
      {"stats", "--format", "json"},
      {"stats"},
      {"timeline", "外蒙古"},
      {"timeline", "--format", "jsonl", "雅尔塔"},
      {"search", "--help"},
      {"search", "-C", "1", "-M", "80", "--color", "always", "中蘇"},
      {"search", "-B", "1", "--format", "jsonl", "外蒙古"},
      {"kwic", "--color", "always", "條約"},
      {"kwic", "--format", "jsonl", "--sort", "left", "外蒙古"},
      {"kwic", "--format", "csv", "中蘇"},
      {"kwic", "--format", "tsv", "--sort", "right", "中蘇"},
      {"dist", "條約"},
      {"dist", "--format", "jsonl", "--by", "section", "外蒙古"},
      {"dist", "--format", "tsv", "外蒙古"},
      {"colloc", "外蒙古"},
      {"colloc", "--format", "jsonl", "--measure", "logdice", "條約"},
      {"freq", "-n", "5"},
      {"freq", "--format", "jsonl", "--ngrams", "2", "外蒙古"},
    };
    for (String[] run : runs) {
      quiet(withIndex(run, index), "");
    }
    quiet(new String[] {"batch", "--format", "jsonl", "--index", index}, "中蘇\n外蒙古 公民投票\n\"\n");
    quiet(new String[] {"batch", "--format", "tsv", "--index", index}, "雅爾塔會議\n");
    quiet(new String[] {"batch", "-c", "--index", index}, "雅爾塔會議\nzzyzx\n");
  }

  private static String firstArticle(String index) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new String[] {"search", "-l", "-n", "1", "--index", index, "的"}, new ByteArrayInputStream(new byte[0]),
        out, OutputStream.nullOutputStream(), Map.of());
    String line = out.toString(StandardCharsets.UTF_8).strip();
    return line.contains("#") ? line.substring(0, line.indexOf('#')) : "none";
  }

  private static String[] withIndex(String[] run, String index) {
    String[] args = new String[run.length + 2];
    args[0] = run[0];
    args[1] = "--index";
    args[2] = index;
    System.arraycopy(run, 1, args, 3, run.length - 1);
    return args;
  }

  private static void quiet(String[] args, String stdin) {
    Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        OutputStream.nullOutputStream(), OutputStream.nullOutputStream(), Map.of());
  }
}
