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
    description = {
      "Read Dutch news without reading Dutch: a one-page bilingual briefing sheet of each article (brief), "
          + "and the stages it is made of: parse, summarize, check (proofreading), eval.",
      "Every command reads files, folders (recursively) or - for standard input, writes to stdout unless -o, "
          + "and attempts every input of a batch."
    },
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief brief article.txt                            the briefing sheet in the terminal",
      "  nlbrief brief --format pdf article.docx -o brief.pdf  the same, to print",
      "  nlbrief brief --format html news/ -o sheets/          a folder: one sheet each and an index",
      "  nlbrief summarize article.txt                        three sentences that say what it is about",
      "  nlbrief check article.txt                            proofread (exit 1 when something is found)",
      "  nlbrief parse --format json article.pdf              the analysed article",
      "  nlbrief brief --help                                 every option of a command",
      "",
      "Bash completion: source <(nlbrief generate-completion). NO_COLOR turns colour off.",
      "Extra JVM options go in NLBRIEF_JAVA_OPTS (the launcher reads it).",
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
      ExitCodes.HELP_TIMEOUT,
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
