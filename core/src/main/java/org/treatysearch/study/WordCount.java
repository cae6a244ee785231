package org.treatysearch.study;

/** A word (or character n-gram) of a word list and how often it occurs. */
public record WordCount(String word, long count) {}
