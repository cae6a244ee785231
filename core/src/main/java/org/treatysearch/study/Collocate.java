package org.treatysearch.study;

/** A word near the node: {@code cooc} times in its windows, {@code freq} times in the whole index. */
public record Collocate(String word, long cooc, long freq, double score) {}
