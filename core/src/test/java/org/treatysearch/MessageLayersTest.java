package org.treatysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treatysearch.index.IndexFault;

/**
 * Lower layers report facts and {@code cli} writes the sentences users read: no class outside
 * {@code cli} refers to a {@code cli} class or holds a string that names a {@code treaty} command
 * ("rebuild it with: treaty index ..." is the CLI's knowledge). Read from the compiled classes'
 * constant pools, where every string literal, concatenation recipe and referenced class name is,
 * and no comment.
 */
class MessageLayersTest {
  private static final List<String> LOWER = List.of("corpus", "analysis", "index", "search", "output", "study", "solr");
  private static final Pattern COMMAND = Pattern.compile(
      "\\btreaty (index|search|export|batch|show|stats|kwic|dist|colloc|freq|timeline|cite|ids|completion)\\b");

  @Test
  void lowerLayersNeitherUseTheCliNorNameItsCommands() throws Exception {
    Path classes = Path.of(IndexFault.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> found = new ArrayList<>();
    int scanned = 0;
    for (String layer : LOWER) {
      Path dir = classes.resolve("org/treatysearch").resolve(layer);
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
          scanned++;
          for (String constant : utf8Constants(file)) {
            if (constant.contains("org/treatysearch/cli/") || COMMAND.matcher(constant).find()) {
              found.add(classes.relativize(file) + ": " + constant);
            }
          }
        }
      }
    }
    assertTrue(scanned > 100, "scanned " + scanned + " classes under " + classes);
    assertEquals(List.of(), found);
    // the reader does see such strings where they belong
    Path cliWords = classes.resolve("org/treatysearch/cli/IndexWords.class");
    assertTrue(utf8Constants(cliWords).stream().anyMatch(c -> COMMAND.matcher(c).find()), cliWords.toString());
  }

  /** The CONSTANT_Utf8 entries of a class file (JVMS 4.4), the only place its text lives. */
  private static List<String> utf8Constants(Path classFile) throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(classFile); DataInputStream data = new DataInputStream(in)) {
      data.readInt(); // magic
      data.readUnsignedShort(); // minor
      data.readUnsignedShort(); // major
      int count = data.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = data.readUnsignedByte();
        switch (tag) {
          case 1 -> out.add(data.readUTF());
          case 7, 8, 16, 19, 20 -> data.skipBytes(2); // Class, String, MethodType, Module, Package
          case 15 -> data.skipBytes(3); // MethodHandle
          case 3, 4, 9, 10, 11, 12, 17, 18 -> data.skipBytes(4); // Integer, Float, refs, NameAndType, (Invoke)Dynamic
          case 5, 6 -> { // Long, Double take two slots
            data.skipBytes(8);
            i++;
          }
          default -> throw new IOException(classFile + ": constant pool tag " + tag);
        }
      }
    }
    return out;
  }
}
