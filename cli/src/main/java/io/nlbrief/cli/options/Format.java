package io.nlbrief.cli.options;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --format}. Commands reject the formats they cannot write. */
public enum Format {
  TEXT,
  JSON;

  /** Lower case, as users type it and as help lists it. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Any case; picocli's own enum converter would list the values in upper case when it refuses one. */
  public static final class Converter implements ITypeConverter<Format> {
    @Override
    public Format convert(String value) {
      return Arrays.stream(values())
          .filter(format -> format.toString().equalsIgnoreCase(value.strip()))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException(
              "expected one of " + Arrays.toString(values()) + " but was '" + value + "'"));
    }
  }
}
