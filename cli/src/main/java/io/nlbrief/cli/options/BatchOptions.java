package io.nlbrief.cli.options;

import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.Terminal;
import java.time.Duration;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code -j/--jobs} and {@code --timeout}, shared by every command that reads several inputs. */
public final class BatchOptions {
  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Inputs processed at once (default: the number of processors). Output stays in input order.")
  private Integer jobs;

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Give up on an input that takes longer than SECONDS (exit code 5 for it; the others go on). "
          + "Default: no limit, so the output never depends on the machine's speed.")
  private Double timeout;

  @Option(names = "--progress",
      description = "Show the progress bar on stderr even when it is not a terminal or the input is short "
          + "(by default: on a terminal, for a batch or an input of 1 MB or more).")
  private boolean progress;

  /**
   * How the command's batch runs: progress bar on a terminal for a batch or a long input (or with
   * {@code --progress}), the count line for a batch.
   *
   * @param task the command's name, for the progress bar and thread names
   * @param batch whether the inputs form a batch
   */
  public BatchRunner.Options options(CommandSpec spec, Environment environment, String task, boolean batch) {
    if (jobs != null && jobs < 1) {
      throw new ParameterException(spec.commandLine(), "--jobs must be at least 1, not " + jobs);
    }
    if (timeout != null && !(timeout > 0 && timeout <= 1e9)) {
      throw new ParameterException(spec.commandLine(), "--timeout must be a number of seconds above 0, not " + timeout);
    }
    Terminal terminal = new Terminal(environment);
    return new BatchRunner.Options(
        jobs != null ? jobs : Math.max(1, Runtime.getRuntime().availableProcessors()),
        timeout == null ? null : Duration.ofMillis(Math.max(1, Math.round(timeout * 1000))),
        terminal.stderrIsTerminal(),
        !environment.variables().containsKey("NO_COLOR"),
        task,
        batch,
        progress);
  }
}
