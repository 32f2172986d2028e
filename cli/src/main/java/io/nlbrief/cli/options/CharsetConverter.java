package io.nlbrief.cli.options;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a character encoding name; picocli's own converter would print a Java class name. */
public final class CharsetConverter implements ITypeConverter<Charset> {
  @Override
  public Charset convert(String value) {
    try {
      return Charset.forName(value.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new TypeConversionException("unknown character encoding '" + value + "'");
    }
  }
}
