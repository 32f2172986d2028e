package io.nlbrief.summarizer.gloss;

import io.nlbrief.summarizer.gloss.internal.DictdReader;
import io.nlbrief.summarizer.gloss.internal.GlossaryFiles;
import io.nlbrief.summarizer.gloss.internal.GlossaryWriters;
import io.nlbrief.summarizer.gloss.internal.XmlGlossaryReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads glossaries from other formats and writes them out. Reading never throws for a bad entry:
 * it is reported to {@code problems} with its file and line, and the rest is read.
 */
public final class GlossaryIo {
  /** Where Debian's {@code dict-freedict-nld-eng} installs FreeDict Dutch-English. */
  public static final Path DEBIAN_DICTD_DIR = Path.of("/usr/share/dictd");

  private GlossaryIo() {}

  /**
   * Reads a glossary file.
   *
   * @param source the {@code source} given to every entry (usually the file name)
   * @throws IOException when the file cannot be read at all, or is not the format said
   */
  public static List<GlossEntry> read(Path file, GlossaryFormat format, String source, Consumer<GlossaryProblem> problems)
      throws IOException {
    return switch (format) {
      case TSV, CSV -> GlossaryFiles.readFile(file, source, format == GlossaryFormat.CSV, problems);
      case TBX -> XmlGlossaryReader.readTbx(file, source, problems);
      case TEI -> XmlGlossaryReader.readTei(file, source, problems);
      case DICTD -> DictdReader.read(file, source, problems);
    };
  }

  /** FreeDict Dutch-English as Debian installs it ({@code freedict-nld-eng.index} or {@code nld-eng.index}) in {@code dir}. */
  public static Optional<Path> findFreeDict(Path dir) {
    for (String name : new String[] {"freedict-nld-eng.index", "nld-eng.index"}) {
      Path p = dir.resolve(name);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** Writes entries in {@code format} (TSV, CSV or TBX), sorted by Dutch word and part of speech. */
  public static void write(List<GlossEntry> entries, GlossaryFormat format, OutputStream out) throws IOException {
    switch (format) {
      case TSV -> GlossaryWriters.tsv(entries, out);
      case CSV -> GlossaryWriters.csv(entries, out);
      case TBX -> GlossaryWriters.tbx(entries, out);
      default -> throw new IllegalArgumentException("cannot export to " + format.code() + ": tsv, csv or tbx");
    }
  }
}
