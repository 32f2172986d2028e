package io.nlbrief.cli.gloss;

import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The value of {@code --layout}. */
public enum Layout {
  /** The English rendering, in English order, under the Dutch sentence. */
  LINE,
  /** The word-by-word gloss in Dutch order under the Dutch sentence. */
  LITERAL,
  /** Each Dutch word above its English and the English word's place in the rendering, in columns wrapped to the terminal. */
  INTERLINEAR;

  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Any case. */
  public static final class Converter implements ITypeConverter<Layout> {
    @Override
    public Layout convert(String value) {
      return Arrays.stream(values())
          .filter(l -> l.toString().equalsIgnoreCase(value.strip()))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException("expected one of " + Arrays.toString(values()) + " but was '" + value + "'"));
    }
  }
}
