package io.nlbrief.cli.common;

/**
 * When a command parses one input in parts ({@code ArticleParser.parseInParts}) rather than whole,
 * and how large a part is: one answer for {@code check} and {@code parse}, so that both hold the
 * same amount of an article in memory.
 */
public final class InParts {
  /** Inputs larger than this are parsed in parts: the parsed article costs some 300 bytes a word. */
  public static final int FROM_BYTES = 4_000_000;
  /** About 150,000 words of news: a part's tokens take some 50 MB. */
  public static final int PART_CHARS = 1_000_000;

  private InParts() {}
}
