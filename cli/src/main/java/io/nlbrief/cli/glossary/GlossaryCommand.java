package io.nlbrief.cli.glossary;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nlbrief glossary}: look words up, import, export and count the glossary; it only dispatches. */
@Command(
    name = "glossary",
    description = "Look words up in the Dutch-English glossary, import a dictionary into your own glossary, "
        + "export it, count it.",
    synopsisSubcommandLabel = "ACTION",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief glossary lookup NAVO diplomaat",
      "  nlbrief glossary import freedict-nld-eng.tei",
      "  nlbrief glossary stats",
      "  nlbrief glossary import --help"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE})
public final class GlossaryCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** The {@code glossary} command with its subcommands. */
  public static CommandLine create(Environment environment) {
    return new CommandLine(new GlossaryCommand())
        .addSubcommand(new LookupCommand(environment))
        .addSubcommand(new ImportCommand(environment))
        .addSubcommand(new ExportCommand(environment))
        .addSubcommand(new StatsCommand(environment));
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to do: " + String.join(", ", spec.subcommands().keySet()));
  }
}
