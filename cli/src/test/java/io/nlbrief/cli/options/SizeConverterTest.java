package io.nlbrief.cli.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class SizeConverterTest {
  private final SizeConverter converter = new SizeConverter();

  @ParameterizedTest
  @CsvSource({
    "10, 10",
    "10b, 10",
    "500k, 500000",
    "500KB, 500000",
    "50MB, 50000000",
    "50 mb, 50000000",
    "1G, 1000000000",
    "1.5M, 1500000",
    "2KiB, 2048", // 2 × 1024
    "1MiB, 1048576", // 1024 × 1024
    "1GiB, 1073741824" // 1024³
  })
  void readsSizes(String text, long bytes) {
    assertEquals(bytes, converter.convert(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "MB", "-1", "0", "0.1", "10x", "1.5.2k", "99999999999G"})
  void refusesWhatIsNotASize(String text) {
    assertThrows(TypeConversionException.class, () -> converter.convert(text));
  }
}
