package io.nlbrief.cli.format;

/**
 * What a format needs to know about the run it writes for.
 *
 * @param batch whether several results share one output (JSON Lines, separators, file headers)
 * @param width the columns text may use
 * @param colour whether text may use ANSI colour
 * @param verbose whether text shows details it leaves out by default
 */
public record FormatContext(boolean batch, int width, boolean colour, boolean verbose) {
  /** Terminal width when nothing says otherwise. */
  public static final int DEFAULT_WIDTH = 80;

  /** One result, plain text at the default width, no details. */
  public static FormatContext single() {
    return new FormatContext(false, DEFAULT_WIDTH, false, false);
  }

  public FormatContext batch(boolean batch) {
    return new FormatContext(batch, width, colour, verbose);
  }

  public FormatContext width(int width) {
    return new FormatContext(batch, width, colour, verbose);
  }

  public FormatContext colour(boolean colour) {
    return new FormatContext(batch, width, colour, verbose);
  }

  public FormatContext verbose(boolean verbose) {
    return new FormatContext(batch, width, colour, verbose);
  }
}
