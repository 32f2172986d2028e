package io.nlbrief.cli.pipeline;

import io.nlbrief.checker.DutchVariant;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.check.CheckCommand;
import io.nlbrief.cli.check.WordList;
import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Inputs;
import io.nlbrief.cli.common.OutputException;
import io.nlbrief.cli.common.OutputGuard;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.InputOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.cli.summarize.LengthOptions;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.SummaryLength;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nlbrief pipeline}: the brief of a whole corpus, on Apache Beam. */
@Command(
    name = "pipeline",
    header = "Brief a whole corpus on Apache Beam: embedded, or on a Flink or Spark cluster.",
    description = {
      "Make the brief of every article of a corpus, as brief --format json does for one, on Apache Beam: in this "
          + "process by default (Beam's DirectRunner, every core), on Flink or on Spark when one machine is not enough.",
      "Inputs are files, folders (recursively, skipping hidden files), globs (quoted, so that Beam expands them) "
          + "and JSON Lines archives (*.jsonl, *.ndjson: one article a line with \"id\" and \"text\", optionally "
          + "\"title\", \"date\" and \"url\"; the record's file is ARCHIVE#ID).",
      "DIR receives briefs-SSSSS-of-NNNNN.jsonl (one record a line, sorted by file and, in an archive, by line; the "
          + "same input gives the same files), dead-letter.jsonl (every input that failed, with its reason) and "
          + "summary.json (counts, failures by reason, words, findings by category); with --sheets, DIR/sheets/ "
          + "holds one sheet per article.",
      "The runners are in the pipeline jar, cli/target/nlbrief-pipeline.jar (mvn -Ppipeline package), not in the "
          + "default one, which stays small and fast to start."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  A folder and an archive, in this process:",
      "    java -jar nlbrief-pipeline.jar pipeline news/ archive.jsonl -o out/",
      "  Without proofreading, the PDF sheets as well:",
      "    java -jar nlbrief-pipeline.jar pipeline --no-check --sheets pdf 'news/**/*.html' -o out/",
      "  On an embedded Flink mini-cluster, or Spark with two threads:",
      "    java -jar nlbrief-pipeline.jar pipeline --runner flink news/ -o out/",
      "    java -jar nlbrief-pipeline.jar pipeline --runner spark --parallelism 2 news/ -o out/"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      ExitCodes.HELP_OK,
      ExitCodes.HELP_USAGE,
      ExitCodes.HELP_UNREADABLE,
      ExitCodes.HELP_REFUSED,
      ExitCodes.HELP_INTERNAL_ERROR
    })
public final class PipelineCommand implements Callable<Integer> {
  /** The pipeline jar's name beside the default one. */
  public static final String PIPELINE_JAR = "nlbrief-pipeline.jar";
  static final int FAILURES_SHOWN = 20;

  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private InputOptions input;

  @Mixin
  private LengthOptions length;

  @Mixin
  private GlossaryOptions glossaries;

  @Mixin
  private io.nlbrief.cli.gloss.EnglishOptions english;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = "The folder (made when missing) or, on a cluster, the URI (gs://..., with its file-system "
          + "module) for the records, dead letters and summary. Earlier shards, dead letters and summary there are replaced.")
  private String output;

  @Option(names = "--runner", paramLabel = "RUNNER", defaultValue = "direct", converter = RunnerConverter.class,
      description = "direct (default: in this process), flink or spark.")
  private String runner;

  @Option(names = "--master", paramLabel = "URL",
      description = "Flink's JobManager (host:port) or Spark's master (spark://host:7077, local[4]). "
          + "Default: in this process.")
  private String master;

  @Option(names = {"-j", "--parallelism"}, paramLabel = "N",
      description = "Articles made at once (default: the number of processors).")
  private Integer parallelism;

  @Option(names = "--shards", paramLabel = "N", defaultValue = "8",
      description = "Output files for the records (default: ${DEFAULT-VALUE}). A writer sorts one shard in memory: "
          + "about 6 KB a record, so give more shards for millions of articles.")
  private int shards;

  @Option(names = "--sheets", paramLabel = "FORMAT",
      description = "Also write each article's sheet to DIR/sheets/ in FORMAT: text, md, html or pdf.")
  private String sheets;

  @Option(names = "--no-check", description = "Leave out proofreading (much faster: LanguageTool is not loaded).")
  private boolean noCheck;

  @Option(names = "--variant", paramLabel = "nl-BE|nl-NL", defaultValue = "nl-BE", converter = CheckCommand.VariantConverter.class,
      completionCandidates = CheckCommand.VariantNames.class,
      description = "Belgian or Netherlands Dutch, for proofreading (default: ${DEFAULT-VALUE}).")
  private DutchVariant variant;

  @Option(names = "--beam-option", paramLabel = "NAME=VALUE",
      description = "One of Beam's or the runner's own pipeline options, passed as --NAME=VALUE "
          + "(such as maxBundleSize=100 or checkpointingInterval=60000). Repeatable.")
  private List<String> beamOptions = new ArrayList<>();

  @Parameters(paramLabel = "FILE|DIR|GLOB", arity = "1..*",
      description = "Articles in any format Tika reads, folders, globs, and JSON Lines archives of articles.")
  private List<String> inputs;

  private final Environment environment;

  public PipelineCommand(Environment environment) {
    this.environment = environment;
  }

  /** Whether this jar has Beam and its runners: the pipeline jar has, the default one has not. */
  static boolean beamPresent() {
    try {
      Class.forName("org.apache.beam.runners.direct.DirectRunner", false, PipelineCommand.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (!beamPresent()) {
      err.println("nlbrief: pipeline: this jar has no Apache Beam runners, to keep it small and fast to start. Build the "
          + "pipeline jar with `mvn -B -Ppipeline -pl cli -am package -DskipTests` and run "
          + "`java -jar cli/target/" + PIPELINE_JAR + " pipeline ...`");
      err.flush();
      return ExitCodes.USAGE;
    }
    if (shards < 1) {
      throw new ParameterException(spec.commandLine(), "--shards must be at least 1");
    }
    if (parallelism != null && parallelism < 1) {
      throw new ParameterException(spec.commandLine(), "--parallelism must be at least 1");
    }
    if (inputs.contains("-")) {
      throw new ParameterException(spec.commandLine(), "pipeline reads files, not standard input: save it to a file");
    }
    if (!output.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      // The same guard as every command: the output folder is never an input or inside one.
      OutputGuard.refuse(spec, inputs, Path.of(output));
    }
    if (sheets != null && !List.of("text", "txt", "md", "markdown", "html", "pdf").contains(sheets.toLowerCase(java.util.Locale.ROOT))) {
      throw new ParameterException(spec.commandLine(), "--sheets: expected text, md, html or pdf but was '" + sheets + "'");
    }
    Reporter reporter = logging.reporter(spec);
    // Read here once, so that a bad glossary or word list is one message before any work starts.
    glossaries.load(environment, reporter);
    BriefSettings settings = settings();
    Path cwd = Path.of("").toAbsolutePath();
    List<InputPattern> patterns = inputs.stream().map(i -> InputPattern.of(i, cwd)).toList();
    String outputDir = outputDir(cwd);
    int threads = parallelism != null ? parallelism : Math.max(1, Runtime.getRuntime().availableProcessors());
    List<String> extra = beamOptions.stream().map(o -> o.startsWith("--") ? o : "--" + o).toList();
    Launch.Outcome outcome = Launch.run(Runner.valueOf(runner.toUpperCase(java.util.Locale.ROOT)), threads, master, extra,
        patterns, settings, outputDir, shards, FAILURES_SHOWN);
    int exitCode = ExitCodes.OK;
    for (Failure f : outcome.firstFailures()) {
      err.println("nlbrief: " + (f.message().startsWith(f.name()) ? f.message() : f.name() + ": " + f.message()));
    }
    Summary summary = outcome.summary();
    if (summary.failed > outcome.firstFailures().size()) {
      err.println("nlbrief: ... and " + (summary.failed - outcome.firstFailures().size()) + " more in "
          + outputDir + WriteDeadLetters.FILE);
    }
    for (String reason : summary.failures.keySet()) {
      exitCode = Math.max(exitCode, exitCode(reason));
    }
    err.println(summary.succeeded + " succeeded, " + summary.failed + " failed");
    err.flush();
    return exitCode;
  }

  /** The exit code of a failure reason, as {@code brief} exits for the same failure. */
  static int exitCode(String reason) {
    if (reason.equals(Failure.BAD_RECORD)) {
      return ExitCodes.REFUSED;
    }
    for (ParseException.Reason r : ParseException.Reason.values()) {
      if (Failure.key(r).equals(reason)) {
        return ExitCodes.of(new ParseException("", r, null));
      }
    }
    return ExitCodes.INTERNAL_ERROR;
  }

  private BriefSettings settings() throws ParseException {
    Set<String> words = new TreeSet<>();
    Path own = environment.configDir().resolve("words.txt");
    if (Files.isRegularFile(own)) {
      // A word list that cannot be read is an input error naming file and line, as in check.
      words.addAll(WordList.read(own));
    }
    SummaryLength chosen = length.length();
    String kind;
    double value;
    if (chosen instanceof SummaryLength.Ratio r) {
      kind = "ratio";
      value = r.r();
    } else if (chosen instanceof SummaryLength.Words w) {
      kind = "words";
      value = w.w();
    } else {
      kind = "sentences";
      value = ((SummaryLength.Sentences) chosen).n();
    }
    ParseOptions parse = input.parseOptions(true);
    List<String> glossaryFiles = glossaries.userFiles(environment).stream().map(p -> p.toAbsolutePath().toString()).toList();
    return new BriefSettings(!noCheck, variant.code(), words, glossaryFiles, kind, value, parse.maxBytes(),
        parse.encoding() == null ? null : parse.encoding().name(), sheets, VersionProvider.version(),
        english.variant().toString());
  }

  /**
   * The output folder as Beam names it, ending in {@code /}. A local one is made, and the shards,
   * dead letters and summary of an earlier run there are removed, so that none is left over from
   * a run with more shards; nothing else in it is touched.
   */
  private String outputDir(Path cwd) throws IOException {
    if (output.matches("^[A-Za-z][A-Za-z0-9+.-]*://.*")) {
      return output.endsWith("/") ? output : output + "/";
    }
    Path dir = cwd.resolve(output).toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
      Inputs.markOutputFolder(dir);
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "{briefs-*-of-*.jsonl," + WriteDeadLetters.FILE + "," + WriteSummary.FILE + "}")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
    } catch (IOException e) {
      throw new OutputException(dir, e);
    }
    return dir + "/";
  }

  /** {@code --runner}: any case; lists the values when it refuses one. */
  static final class RunnerConverter implements picocli.CommandLine.ITypeConverter<String> {
    private static final Map<String, String> RUNNERS = Map.of("direct", "direct", "flink", "flink", "spark", "spark");

    @Override
    public String convert(String value) {
      String v = RUNNERS.get(value.strip().toLowerCase(java.util.Locale.ROOT));
      if (v == null) {
        throw new picocli.CommandLine.TypeConversionException("expected one of [direct, flink, spark] but was '" + value + "'");
      }
      return v;
    }
  }
}
