package io.nlbrief.cli.gloss;

import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.common.Terminal;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.Fragment;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.Glosser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief gloss}: an English gloss line under every Dutch sentence. */
@Command(
    name = "gloss",
    description = {
      "Gloss every Dutch sentence word by word in English, from the glossary: phrases, separable verbs, "
          + "compounds, names, numbers and dates handled; unknown words shown as ⟨word?⟩.",
      "JSON gives, per sentence, the Dutch (nl), the gloss (en), every token with its gloss and the entry "
          + "or rule that made it, and the words left unknown."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief gloss article.txt",
      "  nlbrief gloss --text \"De NAVO stuurt zeven Russische diplomaten weg.\"",
      "  nlbrief gloss --layout interlinear article.pdf",
      "  nlbrief gloss --english british article.txt",
      "  nlbrief gloss --format json --glossary my-terms.tsv news/ -o glosses.jsonl"
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
public final class GlossCommand implements Callable<Integer> {
  /** Narrower interlinear columns hold no word. */
  static final int MIN_WIDTH = 20;

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
  private GlossaryOptions glossary;

  @Mixin
  private EnglishOptions english;

  @Option(names = "--text", paramLabel = "TEXT", description = "Gloss this Dutch text instead of files.")
  private String text;

  @Option(
      names = "--layout",
      paramLabel = "LAYOUT",
      defaultValue = "line",
      converter = Layout.Converter.class,
      description = "line: the English rendering (English order) under the Dutch sentence (default); literal: the "
          + "word-by-word gloss in Dutch order; interlinear: each Dutch word above its English with the English "
          + "word's place in the rendering (₁, ₂, …), in columns wrapped to the terminal width ($COLUMNS, else the "
          + "terminal's, else 80).")
  private Layout layout;

  @Option(names = "--width", paramLabel = "N", description = "Width of the interlinear layout (default: $COLUMNS, else the terminal's width, else 80).")
  private Integer width;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Articles to gloss; - reads standard input.")
  private List<String> inputs = new ArrayList<>();

  private final Environment environment;

  public GlossCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    if (text == null && inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give files to gloss, or --text");
    }
    if (text != null && !inputs.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "give either files or --text, not both");
    }
    if (width != null && width < MIN_WIDTH) {
      throw new ParameterException(spec.commandLine(), "--width must be at least 20, not " + width);
    }
    OutputGuard.refuse(spec, inputs, output.file());
    Reporter reporter = logging.reporter(spec);
    Glosser glosser;
    try {
      glosser = new Glosser(glossary.load(environment, reporter), english.variant());
    } catch (ParseException e) {
      return reporter.report(e);
    }
    ArticleParser parser = ArticleParser.create(input.parseOptions(true));
    boolean batch = text == null && Inputs.isBatch(inputs);
    OutputFormat<GlossPage> format = output.format(Formats.GLOSS);
    FormatContext context = FormatContext.single().batch(batch)
        .width(width != null ? width : Math.max(MIN_WIDTH, new Terminal(environment).width()));
    AtomicInteger position = new AtomicInteger();
    try (Output out = Output.open(output.file(), environment.stdout())) {
      if (text != null) {
        List<GlossLine> lines;
        try {
          lines = glossText(parser, glosser, text, "--text");
        } catch (ParseException e) {
          return reporter.report(e);
        }
        out.write(format.render(new GlossPage("--text", lines, layout, glosser.english()), context, 0));
        out.commit();
        return ExitCodes.OK;
      }
      List<Input> expanded = Inputs.expand(inputs, environment.stdin(), out::isTarget);
      BatchRunner runner = new BatchRunner(reporter, spec.commandLine().getErr(),
          batchOptions.options(spec, environment, "gloss", batch));
      BatchRunner.Result result = runner.render(expanded, parser,
          article -> glosser.render(article).lines(), (article, lines) -> format.render(new GlossPage(article.file(), lines, layout, glosser.english()), context,
              position.getAndIncrement()), out);
      if (result.deliverable()) {
        out.commit();
      }
      return result.exitCode();
    }
  }

  /** The glosses of a Dutch text, as a fragment: a single line without a closing full stop is still a sentence. */
  public static List<GlossLine> glossText(ArticleParser parser, Glosser glosser, String dutch, String name) throws ParseException {
    return glosser.render(Fragment.analyse(parser, dutch, name));
  }
}
