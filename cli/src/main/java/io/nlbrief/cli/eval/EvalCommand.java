package io.nlbrief.cli.eval;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nlbrief eval}: measurements anyone can rerun; it only dispatches to what it measures. */
@Command(
    name = "eval",
    description = "Measure nlbrief against reference data, side by side with baselines and other tools.",
    synopsisSubcommandLabel = "WHAT",
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief eval summaries --data news.jsonl",
      "  nlbrief eval check --news edited.jsonl --errors errors.jsonl",
      "  nlbrief eval syntax --data nl_alpino-ud-dev.conllu",
      "  nlbrief eval summaries --help"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE})
public final class EvalCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** The {@code eval} command with its subcommands, ready for {@code addSubcommand}. */
  public static CommandLine create(Environment environment) {
    return new CommandLine(new EvalCommand()).addSubcommand(new EvalSummariesCommand(environment))
        .addSubcommand(new io.nlbrief.cli.evalcheck.EvalCheckCommand(environment))
        .addSubcommand(new io.nlbrief.cli.evalgloss.EvalGlossCommand(environment))
        .addSubcommand(new io.nlbrief.cli.evalsyntax.EvalSyntaxCommand(environment));
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to evaluate: " + String.join(", ", spec.subcommands().keySet()));
  }
}
