package io.nlbrief.cli.summarize;

import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.cli.options.Verbosity;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.summarizer.Method;
import io.nlbrief.summarizer.Methods;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.SummaryLength;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief summarize}: the sentences that best say what each article is about. */
@Command(
    name = "summarize",
    description = {
      "Choose the sentences that best say what each article is about, whole and in article order.",
      "Headings, datelines, source lines and quotations nobody is said to speak are never chosen. "
          + "JSON adds offsets, scores, key terms and the people, organisations and places named."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  Three sentences, one per line:",
      "    nlbrief summarize article.txt",
      "  A fifth of the sentences, with key terms and entities, as JSON:",
      "    nlbrief summarize --ratio 0.2 --format json article.pdf",
      "  Every file below news/ as JSON Lines, the lead baseline:",
      "    nlbrief summarize --method lead --format json news/ -o summaries.jsonl"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_UNREADABLE,
      ExitCodes.HELP_REFUSED,
      ExitCodes.HELP_TIMEOUT,
      ExitCodes.HELP_INTERNAL_ERROR
    })
public final class SummarizeCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private InputOptions input;

  @Mixin
  private OutputOptions output;

  @Mixin
  private BatchOptions batchOptions;

  @Mixin
  private LengthOptions length;

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      defaultValue = Methods.DEFAULT,
      converter = MethodConverter.class,
      completionCandidates = MethodConverter.Names.class,
      description = "How to choose: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). default: centrality, "
          + "position and headline overlap, without repeats; lexrank: centrality only; lead: the first sentences.")
  private Method method;

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      description = "Articles to summarise. A folder is read recursively in path order, skipping hidden "
          + "files and folders; - reads standard input.")
  private List<String> inputs;

  private final Environment environment;

  public SummarizeCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    OutputGuard.refuse(spec, inputs, output.file());
    SummaryLength summaryLength = length.length();
    ArticleParser parser = ArticleParser.create(input.parseOptions(true));
    // The names inside compounds too, as brief lists them: the same article, the same entities.
    Summarizer summarizer = new Summarizer(method, parser);
    boolean batch = Inputs.isBatch(inputs);
    OutputFormat<Summarized> format = output.format(Formats.SUMMARY);
    FormatContext context = FormatContext.single().batch(batch).verbose(logging.verbosity() != Verbosity.QUIET);
    AtomicInteger position = new AtomicInteger();
    Reporter reporter = logging.reporter(spec);
    BatchRunner runner = new BatchRunner(reporter, spec.commandLine().getErr(),
        batchOptions.options(spec, environment, "summarize", batch));
    try (Output out = Output.open(output.file(), environment.stdout())) {
      List<Input> expanded = Inputs.expand(inputs, environment.stdin(), out::isTarget);
      BatchRunner.Result result = runner.render(expanded, parser,
          article -> summarizer.summarize(article, summaryLength),
          (article, summary) -> format.render(new Summarized(article, summary), context, position.getAndIncrement()), out);
      if (result.deliverable()) {
        out.commit();
      }
      return result.exitCode();
    }
  }
}
