package io.nlbrief.cli.glossary;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.GlossaryFormat;
import io.nlbrief.summarizer.gloss.GlossaryIo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nlbrief glossary export}: the glossary in effect (or only the user's part) as TSV, CSV or TBX. */
@Command(
    name = "export",
    description = "Write the glossary in effect (the default one with your overrides; --user: only your own "
        + "entries) as TSV, CSV or TBX, sorted, to standard output or -o FILE.",
    footerHeading = "%nExamples:%n",
    footer = {"  nlbrief glossary export --format tbx -o nlbrief.tbx", "  nlbrief glossary export --user --format csv"},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_INTERNAL_ERROR})
final class ExportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Mixin
  private GlossaryOptions glossaryOptions;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", completionCandidates = Formats.class,
      description = "tsv (default), csv or tbx.")
  private String format;

  /** What {@code --format} takes, for shell completion. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("tsv", "csv", "tbx"));
    }
  }

  @Option(names = "--user", description = "Only the entries of your glossaries, not the default ones.")
  private boolean userOnly;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here, atomically, instead of standard output.")
  private Path file;

  private final Environment environment;

  ExportCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    GlossaryFormat kind = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "tsv" -> GlossaryFormat.TSV;
      case "csv" -> GlossaryFormat.CSV;
      case "tbx" -> GlossaryFormat.TBX;
      default -> throw new ParameterException(spec.commandLine(), "--format: expected tsv, csv or tbx, not '" + format + "'");
    };
    Reporter reporter = logging.reporter(spec);
    Glossary glossary;
    try {
      glossary = glossaryOptions.load(environment, reporter);
    } catch (ParseException e) {
      return reporter.report(e);
    }
    // the entry in effect for each (dutch, pos): the first, as lookups see them
    Set<String> seen = new HashSet<>();
    List<GlossEntry> chosen = glossary.entries().stream()
        .filter(e -> !userOnly || !e.source().equals(Glossary.DEFAULT_SOURCE))
        .filter(e -> seen.add(e.dutch() + '\u0000' + e.pos()))
        .toList();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GlossaryIo.write(chosen, kind, bytes);
    try (Output out = Output.open(file, environment.stdout())) {
      out.write(bytes.toByteArray());
      out.commit();
    }
    return ExitCodes.OK;
  }
}
