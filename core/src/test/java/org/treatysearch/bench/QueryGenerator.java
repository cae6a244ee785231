package org.treatysearch.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.treatysearch.corpus.Article;
import org.treatysearch.corpus.CorpusReader;

/**
 * Writes N queries of one to three words, each word a 2-4 character run of Han text taken from
 * the corpus's passages (so most queries match something), seeded for repeatability.
 * Usage: QueryGenerator CORPUS_DIR N OUT_FILE
 */
public final class QueryGenerator {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    for (Path f : CorpusReader.files(Path.of(args[0]))) {
      Article a = CorpusReader.read(f);
      a.passages().forEach(p -> texts.add(p.text()));
    }
    Random random = new Random(42);
    int n = Integer.parseInt(args[1]);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      int words = 1 + random.nextInt(3);
      String text = texts.get(random.nextInt(texts.size()));
      for (int w = 0; w < words; w++) {
        out.append(w == 0 ? "" : " ").append(hanRun(text, random));
      }
      out.append('\n');
    }
    Files.writeString(Path.of(args[2]), out, StandardCharsets.UTF_8);
  }

  private static String hanRun(String text, Random random) {
    for (int attempt = 0; attempt < 50; attempt++) {
      int len = 2 + random.nextInt(3);
      int start = random.nextInt(Math.max(1, text.length() - len));
      String s = text.substring(start, Math.min(text.length(), start + len));
      if (s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        return s;
      }
    }
    return "中苏";
  }
}
