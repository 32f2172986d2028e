package io.nlbrief.cli.glossary;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.cli.common.ExitCodes;
import io.nlbrief.cli.common.Output;
import io.nlbrief.cli.common.Reporter;
import io.nlbrief.cli.gloss.GlossaryOptions;
import io.nlbrief.cli.options.LoggingOptions;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossaryFormat;
import io.nlbrief.summarizer.gloss.GlossaryIo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nlbrief glossary import}: adds a dictionary's entries to the user glossary (by default
 * {@code glossary.tsv} in the config folder), written atomically. Entries already there are kept:
 * what the user wrote wins over what a dictionary says.
 */
@Command(
    name = "import",
    description = {
      "Add a dictionary's entries to your glossary (glossary.tsv in the config folder, or --to FILE), "
          + "written whole or not at all. Entries you already have (same Dutch word and part of speech) are kept.",
      "Formats: tsv, csv (dutch, english, pos, note, definition, subject; a CSV header may name them in any "
          + "order, and a two-column dutch,english list is read with the part of speech guessed), tbx (TermBase "
          + "eXchange), tei (FreeDict TEI XML), dictd (NAME.index with NAME.dict.dz). A file that gives no entry "
          + "is an error (exit 4). Import is always explicit: nothing installed on the machine "
          + "changes nlbrief's output until you import it."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  FreeDict as Debian installs it (apt-get install dict-freedict-nld-eng):",
      "    nlbrief glossary import --freedict",
      "  A term base from a translation tool:",
      "    nlbrief glossary import terms.tbx",
      "  FreeDict's TEI into a file of its own:",
      "    nlbrief glossary import nld-eng.tei --to freedict.tsv"
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_OK, ExitCodes.HELP_USAGE, ExitCodes.HELP_UNREADABLE, ExitCodes.HELP_REFUSED,
        ExitCodes.HELP_INTERNAL_ERROR})
final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LoggingOptions logging;

  @Option(names = "--freedict", description = "Import FreeDict Dutch-English from where Debian's dict-freedict-nld-eng "
      + "installs it (/usr/share/dictd), or from the dictd file or folder given.")
  private boolean freedict;

  @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = Formats.class,
      description = "tsv, csv, tbx, tei or dictd (default: from the file name).")
  private String format;

  /** What {@code --format} takes, for shell completion. */
  static final class Formats extends java.util.ArrayList<String> {
    Formats() {
      super(java.util.List.of("tsv", "csv", "tbx", "tei", "dictd"));
    }
  }

  @Option(names = "--to", paramLabel = "FILE", description = "The glossary to add to (default: glossary.tsv in the config folder).")
  private Path target;

  @Parameters(paramLabel = "FILE", arity = "0..1", description = "The dictionary to import.")
  private Path file;

  private final Environment environment;

  ImportCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    Reporter reporter = logging.reporter(spec);
    Path source = file;
    GlossaryFormat kind;
    if (freedict) {
      Path dir = file == null ? GlossaryIo.DEBIAN_DICTD_DIR : file;
      source = Files.isDirectory(dir) ? GlossaryIo.findFreeDict(dir).orElse(null) : dir;
      if (source == null) {
        return reporter.report(new ParseException(dir.resolve("freedict-nld-eng.index").toString(),
            ParseException.Reason.NOT_FOUND, "FreeDict Dutch-English is not installed (apt-get install dict-freedict-nld-eng)"));
      }
      kind = GlossaryFormat.DICTD;
    } else {
      if (file == null) {
        throw new ParameterException(spec.commandLine(), "give a file to import, or --freedict");
      }
      kind = format != null ? parseFormat(format)
          : GlossaryFormat.ofFileName(file.getFileName().toString()).orElseThrow(() -> new ParameterException(
              spec.commandLine(), "cannot tell the format of " + file + " from its name: give --format"));
    }
    Path to = target != null ? target : environment.configDir().resolve(GlossaryOptions.USER_GLOSSARY);
    List<GlossEntry> imported;
    int[] bad = {0};
    try {
      imported = GlossaryIo.read(source, kind, source.getFileName().toString(), p -> {
        bad[0]++;
        reporter.warn(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.message());
      });
    } catch (NoSuchFileException e) {
      return reporter.report(new ParseException(e.getFile(), ParseException.Reason.NOT_FOUND, null, e));
    } catch (IOException e) {
      return reporter.report(new ParseException(source.toString(), e.getMessage() != null && e.getMessage().startsWith("not well-formed")
          ? ParseException.Reason.CORRUPT : ParseException.Reason.UNREADABLE, e.getMessage(), e));
    }
    if (imported.isEmpty()) {
      // a file that gives nothing is a mistake (wrong file, wrong --format), never a quiet success
      return reporter.report(bad[0] == 0
          ? new ParseException(source.toString(), ParseException.Reason.EMPTY, "no glossary entries in it")
          : new ParseException(source.toString(), ParseException.Reason.CORRUPT,
              "no glossary entry could be read: " + bad[0] + (bad[0] == 1 ? " problem" : " problems") + ", named above"));
    }
    List<GlossEntry> existing = new ArrayList<>();
    if (Files.isRegularFile(to)) {
      try {
        existing.addAll(GlossaryIo.read(to, to.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? GlossaryFormat.CSV
            : GlossaryFormat.TSV, to.getFileName().toString(),
            p -> reporter.warn(p.line() > 0 ? p.file() + ":" + p.line() : p.file(), p.message())));
      } catch (IOException e) {
        return reporter.report(new ParseException(to.toString(), ParseException.Reason.UNREADABLE, e.getMessage(), e));
      }
    }
    Set<String> have = new HashSet<>();
    existing.forEach(e -> have.add(key(e)));
    List<GlossEntry> added = new ArrayList<>();
    for (GlossEntry e : imported) {
      if (have.add(key(e))) {
        added.add(e);
      }
    }
    Files.createDirectories(to.toAbsolutePath().getParent());
    GlossaryFormat toFormat = to.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? GlossaryFormat.CSV : GlossaryFormat.TSV;
    try (Output out = Output.open(to, environment.stdout())) {
      out.write(appended(to, added, toFormat));
      out.commit();
    }
    int total = existing.size() + added.size();
    String summary = String.format(Locale.ROOT, "%s: %d entries read, %d added, %d already there and kept; %s now has %d%n",
        source, imported.size(), added.size(), imported.size() - added.size(), to, total);
    environment.stdout().write(summary.getBytes(StandardCharsets.UTF_8));
    environment.stdout().flush();
    return ExitCodes.OK;
  }

  /**
   * The glossary file as it was, byte for byte (every line, comments and lines nlbrief cannot read
   * included: they are the user's), with the new entries after it; a new file gets the header.
   */
  private static byte[] appended(Path to, List<GlossEntry> added, GlossaryFormat format) throws IOException {
    ByteArrayOutputStream fresh = new ByteArrayOutputStream();
    GlossaryIo.write(added, format, fresh);
    byte[] entries = fresh.toByteArray();
    if (!Files.isRegularFile(to)) {
      return entries;
    }
    byte[] old = Files.readAllBytes(to);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(old.length + entries.length + 1);
    bytes.write(old);
    if (added.isEmpty()) {
      return bytes.toByteArray();
    }
    if (old.length > 0 && old[old.length - 1] != '\n') {
      bytes.write('\n');
    }
    // The written block starts with its header line, which the file already has (or never wanted).
    int header = 0;
    while (header < entries.length && entries[header] != '\n') {
      header++;
    }
    bytes.write(entries, Math.min(entries.length, header + 1), Math.max(0, entries.length - header - 1));
    return bytes.toByteArray();
  }

  private static String key(GlossEntry e) {
    return e.dutch() + '\u0000' + e.pos();
  }

  private GlossaryFormat parseFormat(String value) {
    for (GlossaryFormat f : GlossaryFormat.values()) {
      if (f.code().equalsIgnoreCase(value.strip())) {
        return f;
      }
    }
    throw new ParameterException(spec.commandLine(), "--format: expected tsv, csv, tbx, tei or dictd, not '" + value + "'");
  }
}
