package io.nlbrief.cli.parse;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --format text|json|conllu} and {@code -o/--output} of {@code parse}: the shared output
 * options plus CoNLL-U, which only {@code parse} writes.
 */
final class ParseOutputOptions {
  enum Kind {
    TEXT,
    JSON,
    CONLLU;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  static final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      return Arrays.stream(Kind.values())
          .filter(k -> k.toString().equalsIgnoreCase(value.strip()))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "expected one of " + Arrays.toString(Kind.values()) + " but was '" + value + "'"));
    }
  }

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = KindConverter.class,
      completionCandidates = KindCandidates.class,
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Kind format;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to FILE instead of stdout (- is stdout). FILE is replaced only when the "
          + "command is done, and left alone when every input failed.")
  private Path file;

  static final class KindCandidates implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Arrays.stream(Kind.values()).map(Kind::toString).iterator();
    }
  }

  Kind format() {
    return format;
  }

  /** The output file, or {@code null} for stdout. */
  Path file() {
    return file == null || file.toString().equals("-") ? null : file;
  }
}
