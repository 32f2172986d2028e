package io.nlbrief.cli.options;

import io.nlbrief.cli.format.FormatRegistry;
import io.nlbrief.cli.format.OutputFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --format} and {@code -o/--output}, shared by every command that writes results. */
public final class OutputOptions {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = Format.Converter.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of stdout (- is stdout). FILE is replaced only when the "
          + "command is done, and left alone when every input failed.")
  private Path file;

  public Format format() {
    return format;
  }

  /** The format of {@code registry} that --format chose. */
  public <T> OutputFormat<T> format(FormatRegistry<T> registry) {
    return registry.get(format.toString());
  }

  /** The output file, or {@code null} for stdout. */
  public Path file() {
    return file == null || file.toString().equals("-") ? null : file;
  }
}
