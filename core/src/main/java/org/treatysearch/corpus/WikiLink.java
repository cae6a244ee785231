package org.treatysearch.corpus;

/**
 * A wikilink inside a passage or footnote. {@code target} is the decoded page title (no
 * {@code #anchor}, {@code _} as space); {@code start}/{@code end} are code-point offsets of the
 * link text within the owner's display text. {@code anchor} is null when the link has none.
 */
public record WikiLink(String target, String anchor, String text, boolean internal, int start, int end) {}
