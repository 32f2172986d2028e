package io.nlbrief.cli.brief;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How a sheet is written: one sheet in, the bytes of one file out. Implementations are thread-safe. */
public interface SheetFormat {
  byte[] render(Sheet sheet) throws IOException;

  /** The values of {@code brief --format}. */
  enum Kind {
    TEXT("txt"),
    MD("md"),
    HTML("html"),
    PDF("pdf"),
    JSON("json");

    private final String extension;

    Kind(String extension) {
      this.extension = extension;
    }

    /** File name extension of a sheet in this format, without the dot. */
    public String extension() {
      return extension;
    }

    /** Whether the bytes are a document of their own that cannot be concatenated on stdout. */
    public boolean standalone() {
      return this == HTML || this == PDF;
    }

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Any case; lists the values in lower case when it refuses one. */
  final class KindConverter implements ITypeConverter<Kind> {
    @Override
    public Kind convert(String value) {
      String v = value.strip().toLowerCase(Locale.ROOT);
      if (v.equals("markdown")) {
        return Kind.MD;
      }
      return Arrays.stream(Kind.values())
          .filter(k -> k.toString().equals(v))
          .findFirst()
          .orElseThrow(() -> new TypeConversionException("expected one of " + Arrays.toString(Kind.values()) + " but was '" + value + "'"));
    }
  }
}
