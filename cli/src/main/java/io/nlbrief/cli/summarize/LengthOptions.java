package io.nlbrief.cli.summarize;

import io.nlbrief.summarizer.SummaryLength;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * {@code --sentences N | --ratio R | --words W}: at most one of them on the command line; without
 * one, the default from config.properties ({@code summarize.sentences=5}, {@code ratio=0.2}, ...),
 * else 3 sentences. Not a picocli exclusive group: picocli does not give a group that the command
 * line leaves out its config defaults.
 */
public final class LengthOptions {
  public static final int DEFAULT_SENTENCES = 3;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--sentences", paramLabel = "N",
      description = "Choose N sentences (default: " + DEFAULT_SENTENCES + "). --sentences, --ratio and --words exclude each other.")
  private Integer sentences;

  @Option(names = "--ratio", paramLabel = "R", description = "Choose the fraction R of the sentences, e.g. 0.2, at least one.")
  private Double ratio;

  @Option(names = "--words", paramLabel = "W", description = "Choose whole sentences worth about W words, at least one.")
  private Integer words;

  /** The chosen length; a {@link ParameterException} when the options clash or make no sense. */
  public SummaryLength length() {
    ParseResult parsed = spec.commandLine().getParseResult();
    List<String> given = new ArrayList<>();
    for (String name : List.of("--sentences", "--ratio", "--words")) {
      if (parsed != null && parsed.hasMatchedOption(name)) {
        given.add(name);
      }
    }
    if (given.size() > 1) {
      throw new ParameterException(spec.commandLine(), String.join(" and ", given) + " are mutually exclusive: give one length");
    }
    String choice = given.isEmpty()
        ? (sentences != null ? "--sentences" : ratio != null ? "--ratio" : words != null ? "--words" : "")
        : given.get(0);
    try {
      return switch (choice) {
        case "--ratio" -> SummaryLength.ratio(ratio);
        case "--words" -> SummaryLength.words(words);
        case "--sentences" -> SummaryLength.sentences(sentences);
        default -> SummaryLength.sentences(DEFAULT_SENTENCES);
      };
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
