package io.nlbrief.cli.check;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.DutchVariant;
import io.nlbrief.checker.Finding;
import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.cli.options.Format;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.options.OutputOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code nlbrief check}: proofreads Dutch articles like a linter. */
@Command(
    name = "check",
    description = {
      "Proofread Dutch articles: spelling, grammar (d/t errors included), punctuation, capitals.",
      "Uses LanguageTool's Dutch rules without its false alarms on edited news (names, new compounds, "
          + "elliptical compounds, ,,typed quotes''); metadata lines (dates, source) are not checked."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no findings", ExitCodes.HELP_FINDINGS, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE,
        ExitCodes.HELP_REFUSED, ExitCodes.HELP_TIMEOUT, ExitCodes.HELP_INTERNAL_ERROR},
    footerHeading = "%nExamples:%n",
    footer = {
      "  nlbrief check article.txt",
      "  nlbrief check --format json news/ > findings.jsonl",
      "  nlbrief check --fix article.txt -o corrected.txt",
      "  nlbrief check --fix --in-place article.txt     (keeps article.txt.orig)",
      "",
      "User words: --words FILE and words.txt in the config folder, one word per line."
    })
public final class CheckCommand implements Callable<Integer> {
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

  @Option(names = "--words", paramLabel = "FILE", description = "Words never reported as misspellings, one per line "
      + "(added to words.txt in the config folder).")
  private List<Path> wordFiles = new ArrayList<>();

  @Option(names = "--disable", paramLabel = "RULE", split = ",", description = "Rule ids to switch off, such as TIJD,NLBRIEF_DT.")
  private Set<String> disabledRules = new LinkedHashSet<>();

  @Option(names = "--enable", paramLabel = "RULE", split = ",", description = "Rule ids to switch on that are off by default.")
  private Set<String> enabledRules = new LinkedHashSet<>();

  @Option(names = "--disable-category", paramLabel = "CATEGORY", split = ",", description = "Categories to switch off, such as TYPOS,STYLE.")
  private Set<String> disabledCategories = new LinkedHashSet<>();

  @Option(names = "--enable-category", paramLabel = "CATEGORY", split = ",", description = "Categories to switch on.")
  private Set<String> enabledCategories = new LinkedHashSet<>();

  @Option(names = "--picky", description = "Also LanguageTool's picky rules (style, redundancy).")
  private boolean picky;

  @Option(names = "--variant", paramLabel = "nl-BE|nl-NL", defaultValue = "nl-BE", converter = VariantConverter.class,
      completionCandidates = VariantNames.class,
      description = "Belgian or Netherlands Dutch (default: ${DEFAULT-VALUE}).")
  private DutchVariant variant;

  @Option(names = "--fix", description = "Print the text with the single suggestion of each unambiguous finding applied "
      + "(to stdout or -o), instead of the findings.")
  private boolean fix;

  @Option(names = "--in-place", description = "With --fix: rewrite the input file itself (plain text only), "
      + "atomically, keeping the original as FILE.orig.")
  private boolean inPlace;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*", description = "Articles to check; - reads standard input.")
  private List<String> inputs;

  private final Environment environment;

  public CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (inPlace && !fix) {
      throw new ParameterException(spec.commandLine(), "--in-place needs --fix");
    }
    if (inPlace && output.file() != null) {
      throw new ParameterException(spec.commandLine(), "--in-place writes the inputs themselves; leave out -o");
    }
    if (fix && output.format() == Format.JSON) {
      throw new ParameterException(spec.commandLine(), "--fix writes text; leave out --format json");
    }
    boolean batch = Inputs.isBatch(inputs);
    if (fix && !inPlace && batch) {
      throw new ParameterException(spec.commandLine(), "--fix without --in-place takes one input");
    }
    OutputGuard.refuse(spec, inputs, output.file());
    Checker checker = Checker.create(checkOptions());
    ArticleParser parser = ArticleParser.create(input.parseOptions(true));
    Reporter reporter = logging.reporter(spec);
    boolean json = output.format() == Format.JSON;
    OutputFormat<Checked> format = output.format(Formats.FINDINGS);
    boolean colour = output.file() == null && !json && System.console() != null && environment.stdout() == System.out
        && !environment.variables().containsKey("NO_COLOR");
    FormatContext context = FormatContext.single().batch(batch).colour(colour);
    BatchRunner runner = new BatchRunner(reporter, spec.commandLine().getErr(),
        batchOptions.options(spec, environment, "check", batch));
    try (Output out = Output.open(inPlace ? null : output.file(), environment.stdout())) {
      List<Input> expanded = Inputs.expand(inputs, environment.stdin(), out::isTarget);
      int[] totals = new int[3]; // findings, articles checked, position in the output
      PartedCheck parted = new PartedCheck(parser, checker);
      BatchRunner.Result result = runner.runTracked(expanded, (in, done) -> parted.check(in, variant.code(), done),
          (in, checked) -> {
        Article article = checked.article();
        List<Finding> findings = checked.findings();
        runner.warn(article);
        totals[0] += findings.size();
        totals[1]++;
        int code = findings.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        if (fix) {
          return Math.max(code, deliverFix(article, findings, out, reporter));
        }
        out.write(format.render(checked, context, totals[2]++));
        return code;
      });
      if (!json && !fix && totals[1] > 0) {
        PrintWriter err = spec.commandLine().getErr();
        err.println(FindingsText.summary(totals[0], totals[1]));
        err.flush();
      }
      if (result.deliverable()) {
        out.commit();
      }
      return result.exitCode();
    }
  }

  private int deliverFix(Article article, List<Finding> findings, Output out, Reporter reporter) throws IOException {
    String fixed = io.nlbrief.cli.check.Fixes.apply(article.text(), findings);
    if (!inPlace) {
      out.write(fixed.getBytes(StandardCharsets.UTF_8));
      return ExitCodes.OK;
    }
    String type = article.metadata().contentType();
    if (type == null || !type.startsWith("text/plain")) {
      reporter.warn(article.file(), "not fixed in place: --in-place rewrites plain text only, and this is "
          + type + " (use --fix -o FILE for the corrected text)");
      return ExitCodes.REFUSED;
    }
    if (article.file().equals(Input.Stdin.NAME)) {
      out.write(fixed.getBytes(StandardCharsets.UTF_8));
      return ExitCodes.OK;
    }
    Charset charset = article.metadata().charset() == null ? StandardCharsets.UTF_8 : Charset.forName(article.metadata().charset());
    try {
      InPlaceFix.Outcome outcome = InPlaceFix.apply(Path.of(article.file()), fixed, charset, Fixes.count(findings));
      reporter.note(article.file(), outcome.message());
      return outcome.refused() ? ExitCodes.REFUSED : ExitCodes.OK;
    } catch (io.nlbrief.cli.common.OutputException e) {
      return reporter.report(e);
    }
  }

  private CheckOptions checkOptions() throws ParseException {
    Set<String> words = WordList.userWords(environment, wordFiles);
    return new CheckOptions(enabledRules, disabledRules, enabledCategories, disabledCategories, picky, words, variant);
  }

  /** The values of {@code --variant}, for shell completion. */
  public static final class VariantNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(DutchVariant.values()).map(DutchVariant::code).iterator();
    }
  }

  /** Reads {@code --variant}. */
  public static final class VariantConverter implements ITypeConverter<DutchVariant> {
    @Override
    public DutchVariant convert(String value) {
      try {
        return DutchVariant.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
