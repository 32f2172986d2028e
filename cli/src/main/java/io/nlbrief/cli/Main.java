package io.nlbrief.cli;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.config.ConfigDefaults;
import io.nlbrief.cli.eval.EvalCommand;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.parse.ParseCommand;
import io.nlbrief.cli.summarize.SummarizeCommand;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Entry point and composition root: builds the command tree for one {@link Environment} and runs
 * it. A new command is one class and one {@code addSubcommand} line here.
 */
public final class Main {
  private final Environment environment;
  private final Logging logging;

  /** A CLI that leaves the JVM's logging configuration alone, as tests need. */
  public Main(Environment environment) {
    this(environment, Logging.UNCHANGED);
  }

  Main(Environment environment, Logging logging) {
    this.environment = environment;
    this.logging = logging;
  }

  public static void main(String[] args) {
    Slf4jLogging.silenceByDefault();
    System.exit(new Main(Environment.system(), new Slf4jLogging()).run(args));
  }

  /** Runs one command line and returns its exit code (see {@link ExitCodes}). */
  public int run(String... args) {
    PrintWriter out = utf8(environment.stdout());
    PrintWriter err = utf8(environment.stderr());
    CommandLine commandLine = commandLine(out, err);
    try {
      return commandLine.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The whole command tree, as {@link #run} executes it and as the build documents it. */
  CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Nlbrief()).addSubcommand(new ParseCommand(environment))
        .addSubcommand(new SummarizeCommand(environment))
        .addSubcommand(EvalCommand.create(environment))
        .addSubcommand(new io.nlbrief.cli.check.CheckCommand(environment))
        .addSubcommand(new io.nlbrief.cli.gloss.GlossCommand(environment))
        .addSubcommand(io.nlbrief.cli.glossary.GlossaryCommand.create(environment))
        .addSubcommand(new io.nlbrief.cli.brief.BriefCommand(environment))
        .addSubcommand(new io.nlbrief.cli.serve.ServeCommand(environment))
        .addSubcommand(new io.nlbrief.cli.pipeline.PipelineCommand(environment))
        .addSubcommand(new AutoComplete.GenerateCompletion());
    // picocli's completion command inherits the root's help; it can only succeed or be misused.
    java.util.Map<String, String> completionCodes = new java.util.LinkedHashMap<>();
    for (String code : new String[] {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_INTERNAL_ERROR}) {
      completionCodes.put(code.substring(0, code.indexOf(':')), code.substring(code.indexOf(':') + 1));
    }
    commandLine.getSubcommands().get("generate-completion").getCommandSpec().usageMessage()
        .exitCodeList(completionCodes)
        .footer("  source <(nlbrief generate-completion)         TAB completion in this shell",
            "  nlbrief generate-completion > ~/.local/share/bash-completion/completions/nlbrief");
    // Set after the subcommands are added: picocli copies these settings down the tree.
    FailureHandler failures = new FailureHandler();
    commandLine
        .setOut(out)
        .setErr(err)
        .setDefaultValueProvider(new ConfigDefaults(environment.configDir(), err))
        .setParameterExceptionHandler(failures)
        .setExecutionExceptionHandler(failures)
        .setExitCodeExceptionMapper(new ExitCodes())
        .setExecutionStrategy(parseResult -> {
          logging.configure(LoggingOptions.of(parseResult));
          return new CommandLine.RunLast().execute(parseResult);
        });
    return commandLine;
  }

  // Not the platform encoding: file names and Dutch text must survive a C or POSIX locale.
  private static PrintWriter utf8(OutputStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
