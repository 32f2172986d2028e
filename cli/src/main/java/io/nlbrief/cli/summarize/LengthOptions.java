package io.nlbrief.cli.summarize;

import io.nlbrief.summarizer.SummaryLength;
import picocli.CommandLine.Option;

/**
 * {@code --sentences N | --ratio R | --words W}: one of them (picocli's exclusive group), 3
 * sentences when none is given. Shared by {@code summarize} and {@code eval summaries}.
 */
public final class LengthOptions {
  public static final int DEFAULT_SENTENCES = 3;

  @Option(names = "--sentences", paramLabel = "N", description = "Choose N sentences (default: " + DEFAULT_SENTENCES + ").")
  Integer sentences;

  @Option(names = "--ratio", paramLabel = "R", description = "Choose the fraction R of the sentences, e.g. 0.2.")
  Double ratio;

  @Option(names = "--words", paramLabel = "W", description = "Choose whole sentences worth about W words.")
  Integer words;

  /** The chosen length; an {@link IllegalArgumentException} with a message for the user when it makes no sense. */
  public static SummaryLength of(LengthOptions options) {
    if (options == null) {
      return SummaryLength.sentences(DEFAULT_SENTENCES);
    }
    if (options.ratio != null) {
      return SummaryLength.ratio(options.ratio);
    }
    if (options.words != null) {
      return SummaryLength.words(options.words);
    }
    return SummaryLength.sentences(options.sentences == null ? DEFAULT_SENTENCES : options.sentences);
  }
}
