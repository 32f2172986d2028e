package io.nlbrief.cli.options;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a size such as {@code 500k}, {@code 50MB}, {@code 1.5G}, {@code 2GiB} or a plain number of
 * bytes. k, M and G are decimal (the default 50MB is 50,000,000 bytes, as disks and downloads
 * count); KiB, MiB and GiB are binary. Units ignore case and the trailing B is optional.
 */
public final class SizeConverter implements ITypeConverter<Long> {
  private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([a-zA-Z]*)");
  private static final Map<String, Long> UNITS = Map.ofEntries(
      Map.entry("", 1L),
      Map.entry("b", 1L),
      Map.entry("k", 1_000L),
      Map.entry("kb", 1_000L),
      Map.entry("m", 1_000_000L),
      Map.entry("mb", 1_000_000L),
      Map.entry("g", 1_000_000_000L),
      Map.entry("gb", 1_000_000_000L),
      Map.entry("ki", 1L << 10),
      Map.entry("kib", 1L << 10),
      Map.entry("mi", 1L << 20),
      Map.entry("mib", 1L << 20),
      Map.entry("gi", 1L << 30),
      Map.entry("gib", 1L << 30));

  @Override
  public Long convert(String value) {
    Matcher m = SIZE.matcher(value.strip());
    Long unit = m.matches() ? UNITS.get(m.group(2).toLowerCase(Locale.ROOT)) : null;
    if (unit == null) {
      throw new TypeConversionException("'" + value + "' is not a size such as 500k, 50MB, 1G or a number of bytes");
    }
    long bytes;
    try {
      bytes = new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)).setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (ArithmeticException e) {
      throw new TypeConversionException("'" + value + "' is too large");
    }
    if (bytes < 1) {
      throw new TypeConversionException("'" + value + "' is less than one byte");
    }
    return bytes;
  }
}
