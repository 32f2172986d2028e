package io.nlbrief.cli;

import io.nlbrief.cli.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command: it only dispatches to a subcommand. */
@Command(
    name = "nlbrief",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Read Dutch news: parse articles into headline, paragraphs, sentences and quotes.",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief parse article.txt",
      "  nlbrief parse --format json article.pdf -o article.json",
      "  nlbrief parse --help",
      "",
      "Option defaults go in config.properties, one per line: parse.format=json for one",
      "command, format=json for all. It is read from $NLBRIEF_CONFIG_DIR, else",
      "$XDG_CONFIG_HOME/nlbrief, else ~/.config/nlbrief."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_FINDINGS,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_UNREADABLE,
      ExitCodes.HELP_REFUSED,
      ExitCodes.HELP_INTERNAL_ERROR
    })
final class Nlbrief implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "a command is required: " + String.join(", ", spec.subcommands().keySet()));
  }
}
