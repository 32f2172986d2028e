package io.nlbrief.cli.options;

import io.nlbrief.cli.common.Reporter;
import java.util.Comparator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;

/** {@code --verbose} and {@code --debug}, shared by every command. */
public final class LoggingOptions {
  @Option(names = "--verbose", description = "Show what the libraries log (info level) on stderr.")
  private boolean verbose;

  @Option(names = "--debug", description = "Show debug logging and a stack trace for every failure.")
  private boolean debug;

  /** The command's one-line failure reporter on its stderr, with stack traces only for {@code --debug}. */
  public Reporter reporter(CommandSpec spec) {
    return new Reporter(spec.commandLine().getErr(), verbosity() == Verbosity.DEBUG);
  }

  public Verbosity verbosity() {
    return debug ? Verbosity.DEBUG : verbose ? Verbosity.VERBOSE : Verbosity.QUIET;
  }

  /**
   * The verbosity asked for anywhere on the command line that {@code parseResult} describes (the
   * options sit on the subcommand, so the top command can only find them this way); quiet when
   * the line did not even parse.
   */
  public static Verbosity of(ParseResult parseResult) {
    if (parseResult == null) {
      return Verbosity.QUIET;
    }
    return parseResult.asCommandLineList().stream()
        .flatMap(commandLine -> commandLine.getCommandSpec().mixins().values().stream())
        .map(CommandSpec::userObject)
        .filter(LoggingOptions.class::isInstance)
        .map(options -> ((LoggingOptions) options).verbosity())
        .max(Comparator.naturalOrder())
        .orElse(Verbosity.QUIET);
  }
}
