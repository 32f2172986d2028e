package io.nlbrief.cli.brief;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.DutchVariant;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.briefing.Briefer;
import io.nlbrief.cli.briefing.Briefing;
import io.nlbrief.cli.check.CheckCommand;
import io.nlbrief.cli.check.WordList;
import io.nlbrief.cli.common.BatchRunner;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Input;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.OutputException;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.common.Terminal;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.cli.gloss.EnglishOptions;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.BatchOptions;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.summarize.LengthOptions;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief brief}: the bilingual briefing sheet of each article. */
@Command(
    name = "brief",
    header = "Make a one-page bilingual (Dutch | English) briefing sheet of each article.",
    description = {
      "Make a one-page bilingual briefing sheet of each Dutch article: the headline with its English gloss, "
          + "source, date, length; the key points in Dutch, each with an English gloss line; key terms with "
          + "their English senses; people, organisations and places with English names (NAVO = NATO); the "
          + "quotes with their speakers; the proofreading findings; how it was made and the input's SHA-256.",
      "Formats: text (for the terminal, wrapped, colour unless NO_COLOR or not a terminal), md, html (one "
          + "self-contained page that prints on one A4 sheet), pdf (the same page, fonts embedded) and json.",
      "Several inputs or a folder with -o DIR: one sheet per article in DIR plus an index page; without -o, "
          + "text, md and json go to stdout one after the other (json as JSON Lines)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  The sheet of one article in the terminal:",
      "    nlbrief brief article.txt",
      "  A printable page, and the same as PDF:",
      "    nlbrief brief --format html article.txt -o article.html",
      "    nlbrief brief --format pdf article.docx -o article.pdf",
      "  A folder of articles, one PDF each plus index.html, without proofreading:",
      "    nlbrief brief --format pdf --no-check --include '*.txt' news/ -o sheets/",
      "  From standard input, as JSON:",
      "    curl -s https://example.org/artikel.html | nlbrief brief --format json -"
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
public final class BriefCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private InputOptions input;

  @Mixin
  private LengthOptions length;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      completionCandidates = Formats.SheetNames.class,
      description = "Sheet format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private String formatName;

  private OutputFormat<Sheet> format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE|DIR",
      description = "Write the sheet to FILE; with several inputs or a folder, one sheet per input in the "
          + "folder DIR (made when missing) plus an index page. Default: stdout.")
  private Path output;

  @Option(names = "--no-check", description = "Leave out proofreading (much faster: LanguageTool is not loaded).")
  private boolean noCheck;

  @Option(names = "--include", paramLabel = "GLOB", split = ",",
      description = "Only files matching GLOB (a glob without / is matched against the file name, with / against "
          + "the path as listed), such as *.txt or news/**/*.html. May be repeated.")
  private List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB", split = ",", description = "Leave out files matching GLOB. May be repeated.")
  private List<String> excludes = new ArrayList<>();

  @Mixin
  private GlossaryOptions glossaries;

  @Mixin
  private EnglishOptions english;

  @Option(names = "--variant", paramLabel = "nl-BE|nl-NL", defaultValue = "nl-BE", converter = CheckCommand.VariantConverter.class,
      completionCandidates = CheckCommand.VariantNames.class,
      description = "Belgian or Netherlands Dutch, for proofreading (default: ${DEFAULT-VALUE}).")
  private DutchVariant variant;

  @Mixin
  private BatchOptions batchOptions;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "1..*",
      description = "Articles in any format Tika reads. A folder is read recursively in path order, skipping "
          + "hidden files; - reads standard input.")
  private List<String> inputs;

  private final Environment environment;

  public BriefCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    try {
      format = Formats.SHEET.get(formatName);
    } catch (IllegalArgumentException e) {
      // With the option and its value, so that a bad brief.format in config.properties is said
      // with the file, line and key it came from (Reporter), like any other bad option value.
      throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': " + e.getMessage(),
          spec.findOption("--format"), formatName);
    }
    boolean batch = Inputs.isBatch(inputs);
    Path dir = outputDirectory(batch);
    OutputGuard.refuse(spec, inputs, output);
    if (dir == null && batch && format.standalone()) {
      throw new ParameterException(spec.commandLine(),
          "--format " + format.name() + " writes one document per article: give -o DIR for several inputs");
    }
    BatchRunner.Options batchRun = batchOptions.options(spec, environment, "brief", batch || dir != null);
    Reporter reporter = logging.reporter(spec);
    Glossary glossary = glossaries.load(environment, reporter);
    ArticleParser parser = ArticleParser.create(input.parseOptions(true));
    Briefer briefer = Briefer.create(parser, glossary, length.length()).withEnglish(english.variant())
        .withChecker(noCheck ? null : Checker.create(checkOptions()));
    Terminal terminal = new Terminal(environment);
    // Sheets in a folder are files of their own; on one stream they follow each other.
    FormatContext context = FormatContext.single().batch(batch && dir == null)
        .width(terminal.width()).colour(dir == null && output == null && terminal.colourOnStdout());
    List<Input> expanded = filter(Inputs.expand(inputs, environment.stdin(), path -> false));
    Run run = new Run(briefer, context, parser, new BatchRunner(reporter, spec.commandLine().getErr(), batchRun));
    return dir != null ? run.toDirectory(expanded, dir) : run.toOutput(expanded, batch);
  }

  /** The output folder, or {@code null} when the output is one file or stdout. */
  private Path outputDirectory(boolean batch) {
    if (output == null || output.toString().equals("-")) {
      output = null;
      return null;
    }
    if (batch || Files.isDirectory(output) || output.toString().endsWith("/")) {
      return output;
    }
    return null;
  }

  private List<Input> filter(List<Input> all) {
    if (includes.isEmpty() && excludes.isEmpty()) {
      return all;
    }
    List<Glob> in = includes.stream().map(Glob::new).toList();
    List<Glob> out = excludes.stream().map(Glob::new).toList();
    return all.stream()
        .filter(i -> !(i instanceof Input.File file) || (in.isEmpty() || in.stream().anyMatch(g -> g.matches(file.path())))
            && out.stream().noneMatch(g -> g.matches(file.path())))
        .toList();
  }

  /** A pattern without a slash is about the file name; with one, about the path as listed. */
  private static final class Glob {
    private final PathMatcher matcher;
    private final boolean name;

    Glob(String pattern) {
      this.matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
      this.name = !pattern.contains("/");
    }

    boolean matches(Path path) {
      Path p = name ? path.getFileName() : path.normalize();
      return p != null && matcher.matches(p);
    }
  }

  private CheckOptions checkOptions() throws ParseException {
    Set<String> words = WordList.userWords(environment, List.of());
    return CheckOptions.defaults().withUserWords(words).withVariant(variant);
  }

  /** One run over the inputs: each made by the batch runner's threads, delivered in input order. */
  private final class Run {
    private final Briefer briefer;
    private final FormatContext context;
    private final ArticleParser parser;
    private final BatchRunner runner;

    Run(Briefer briefer, FormatContext context, ArticleParser parser, BatchRunner runner) {
      this.briefer = briefer;
      this.context = context;
      this.parser = parser;
      this.runner = runner;
    }

    /** A sheet laid out; rendered when delivered, in input order, so separators fall right. */
    record Made(Article article, Sheet sheet) {}

    /** The input's bytes are read once, within --max-size: parsed and hashed alike. */
    Made make(Input in, java.util.function.DoubleConsumer done) throws Exception {
      byte[] bytes = in.read(parser);
      // Proofreading takes most of a long article's time: the bar follows it.
      Briefing briefing = new PartedBrief(parser, briefer).brief(bytes, in.name(), done);
      Sheet sheet = SheetBuilder.layout(briefing, sha256(bytes), VersionProvider.version());
      return new Made(briefing.article(), sheet);
    }

    /** Sheets to stdout or to one file, in input order. */
    int toOutput(List<Input> expanded, boolean batch) throws IOException {
      try (Output out = Output.open(output, environment.stdout())) {
        int[] position = {0};
        BatchRunner.Result result = runner.runTracked(expanded, this::make, (in, made) -> {
          runner.warn(made.article());
          out.write(format.render(made.sheet(), context, position[0]++));
          return ExitCodes.OK;
        });
        if (result.deliverable()) {
          out.commit();
        }
        return result.exitCode();
      }
    }

    /**
     * One sheet per input in {@code dir}, then the index page, which lists every input, failed
     * ones included. A sheet that cannot be written fails that input only.
     */
    int toDirectory(List<Input> expanded, Path dir) throws IOException {
      try {
        Files.createDirectories(dir);
        Inputs.markOutputFolder(dir);
      } catch (IOException e) {
        throw new OutputException(dir, e);
      }
      IndexPage index = IndexPage.forFormat(format.name());
      SheetNames names = new SheetNames(format.extension(), List.of(index.name()));
      List<IndexPage.Entry> entries = new ArrayList<>();
      BatchRunner.Result result = runner.runTracked(expanded, this::make, new BatchRunner.Delivery<Made>() {
        @Override
        public int deliver(Input in, Made made) throws IOException {
          runner.warn(made.article());
          String name = names.next(in.name());
          Path target = dir.resolve(name);
          try {
            java.util.Optional<String> conflict = OutputGuard.conflict(target, expanded);
            if (conflict.isPresent()) {
              throw new OutputException(target, conflict.get());
            }
            try (Output out = Output.open(target, environment.stdout())) {
              out.write(format.render(made.sheet(), context, 0));
              out.commit();
            }
          } catch (IOException e) {
            entries.add(IndexPage.Entry.failed(in.name(), oneLine(e)));
            throw e;
          }
          entries.add(IndexPage.Entry.of(made.sheet(), name));
          return ExitCodes.OK;
        }

        @Override
        public void failed(Input in, Throwable failure) {
          entries.add(IndexPage.Entry.failed(in.name(), oneLine(failure)));
        }
      });
      try (Output out = Output.open(dir.resolve(index.name()), environment.stdout())) {
        out.write(index.render(entries, VersionProvider.version()));
        out.commit();
      }
      return result.exitCode();
    }

    private String oneLine(Throwable cause) {
      String message = cause instanceof ParseException || cause instanceof IOException || cause instanceof BatchRunner.TimedOut
          ? cause.getMessage() : "internal error: " + cause;
      return String.valueOf(message).replaceAll("\\s*\\R\\s*", " ");
    }
  }

  static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  static String sha256(Path file) throws IOException {
    MessageDigest digest = digest();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
