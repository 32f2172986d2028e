package io.nlbrief.cli.parse;

import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief parse}: the structure the parser finds, as an outline or as JSON. */
@Command(
    name = "parse",
    description = {
      "Show the structure of articles: metadata, paragraphs, sentences and quotes.",
      "Reads plain text, HTML, PDF, Word and whatever else Apache Tika reads. "
          + "JSON adds tokens with lemmas, part-of-speech tags, UD features, dependencies and clauses; "
          + "CoNLL-U writes the same analysis in Universal Dependencies' format."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_TIMEOUT, ExitCodes.HELP_INTERNAL_ERROR},
    footerHeading = "%nExamples:%n",
    footer = {
      "  Outline of one article:",
      "    nlbrief parse article.txt",
      "  One pretty-printed JSON object:",
      "    nlbrief parse --format json article.pdf",
      "  Every file below news/ as JSON Lines, one object per line:",
      "    nlbrief parse --format json news/ -o news.jsonl",
      "  Universal Dependencies CoNLL-U of plain prose (no news layout):",
      "    nlbrief parse --format conllu --plain essay.txt",
      "  Standard input:",
      "    curl -s https://example.org/artikel.html | nlbrief parse -",
      "",
      "The JSON schema is io/nlbrief/cli/parse.schema.json in the jar (schemaVersion 2)."
    })
public final class ParseCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private InputOptions input;

  @Mixin
  private ParseOutputOptions output;

  @Mixin
  private BatchOptions batchOptions;

  @Option(
      names = "--no-tag",
      description = "With --format json: leave out tokens, lemmas and tags, and save the second it "
          + "takes to load the tagger. The text outline never needs them.")
  private boolean noTag;

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "1..*",
      description = "Articles to parse. A folder is read recursively in path order, skipping hidden "
          + "files and folders; - reads standard input.")
  private List<String> inputs;

  private final Environment environment;

  public ParseCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    OutputGuard.refuse(spec, inputs, output.file());
    ParseOutputOptions.Kind kind = output.format();
    boolean tag = kind == ParseOutputOptions.Kind.CONLLU || kind == ParseOutputOptions.Kind.JSON && !noTag;
    ArticleParser parser = ArticleParser.create(input.parseOptions(tag));
    boolean batch = Inputs.isBatch(inputs);
    OutputFormat<Article> format = Formats.ARTICLE.get(kind.toString());
    FormatContext context = FormatContext.single().batch(batch);
    AtomicInteger position = new AtomicInteger();
    Reporter reporter = logging.reporter(spec);
    BatchRunner runner = new BatchRunner(reporter, spec.commandLine().getErr(),
        batchOptions.options(spec, environment, "parse", batch));
    // Big inputs as JSON or CoNLL-U are parsed in parts, their sentences spooled in the temporary folder.
    PartedFormat parted = switch (kind) {
      case JSON -> JsonArticle.parted(!batch);
      case CONLLU -> ConlluArticle.PARTED;
      case TEXT -> null;
    };
    ParseWork work = new ParseWork(parser, parted, Path.of(System.getProperty("java.io.tmpdir")));
    try (Output out = Output.open(output.file(), environment.stdout())) {
      List<Input> expanded = Inputs.expand(inputs, environment.stdin(), out::isTarget);
      BatchRunner.Result result = runner.runTracked(expanded, work::make, (in, parsed) -> {
        runner.warn(parsed.article());
        work.write(parsed, out, format, context, position.getAndIncrement());
        return ExitCodes.OK;
      });
      if (result.deliverable()) {
        out.commit();
      }
      return result.exitCode();
    }
  }
}
