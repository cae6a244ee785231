package org.treatysearch.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The variant names a query asked for, recorded while the query is parsed, and replayed where it
 * is parsed again: the CLI reads the user's alias tables ({@code --aliases}, {@code aliases.tsv}
 * beside the corpus) and a Solr shard cannot, so the client sends each word's names with the
 * query, as JSON ({@code {"斯大林": ["斯大林", "史達林"]}}), and the plugin's parser expands with
 * exactly them. Only the words the query holds travel, not the tables.
 */
public final class AskedAliases implements Aliases {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, List<String>>> MAP = new TypeReference<>() {};

  private final Aliases tables;
  private final Map<String, List<String>> asked = new LinkedHashMap<>();

  /** Records what {@code tables} answers. */
  public AskedAliases(Aliases tables) {
    this.tables = tables;
  }

  @Override
  public synchronized List<String> of(String word) {
    List<String> names = tables.of(word);
    if (names.size() > 1) {
      asked.put(word, List.copyOf(names));
    }
    return names;
  }

  /** The words that have variants, with them; {@code {}} when none had any. */
  public synchronized String json() {
    try {
      return JSON.writeValueAsString(asked);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e); // strings and lists of strings always serialize
    }
  }

  /** Every variant name asked for (the words themselves included). */
  public synchronized List<String> names() {
    return asked.values().stream().flatMap(List::stream).toList();
  }

  /** The names recorded in {@code json}; a word not in it stands for itself. */
  public static Aliases replay(String json) {
    Map<String, List<String>> names;
    try {
      names = JSON.readValue(json, MAP);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON object of word: [names]: " + e.getOriginalMessage(), e);
    }
    Map<String, List<String>> frozen = Map.copyOf(names);
    return word -> frozen.getOrDefault(word, List.of(word));
  }
}
