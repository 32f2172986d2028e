package io.nlbrief.cli.common;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.parser.ParseException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JSON conventions every command shares: one pretty layout out, JSON Lines data sets in. */
public final class Json {
  private Json() {}

  /**
   * Two-space indent, {@code "key": value}, and "\n" rather than Jackson's default system line
   * separator, so that every command's JSON has the same bytes on every platform.
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    Separators separators = Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    return new DefaultPrettyPrinter(separators).withObjectIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** One object of a JSON Lines file, with its line number for error messages. */
  public record Line(int number, JsonNode json) {
    /** The field as text, or {@code null} when it is missing or JSON null. */
    public String text(String field) {
      JsonNode value = json.get(field);
      return value == null || value.isNull() ? null : value.asText();
    }
  }

  /**
   * The objects of a JSON Lines file (blank lines skipped). A missing, unreadable or empty file, or
   * a line that is not JSON, is a {@link ParseException} naming the file (and the line), so the
   * eval commands report it like any other bad input.
   */
  public static List<Line> readLines(Path file) throws ParseException {
    ObjectMapper mapper = new ObjectMapper();
    List<Line> lines = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line; (line = reader.readLine()) != null; ) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          lines.add(new Line(number, mapper.readTree(line)));
        } catch (IOException e) {
          throw new ParseException(file.toString(), ParseException.Reason.CORRUPT, "line " + number + " is not JSON", e);
        }
      }
    } catch (NoSuchFileException e) {
      throw new ParseException(file.toString(), ParseException.Reason.NOT_FOUND, null, e);
    } catch (IOException e) {
      throw new ParseException(file.toString(), ParseException.Reason.UNREADABLE, e.getMessage(), e);
    }
    if (lines.isEmpty()) {
      throw new ParseException(file.toString(), ParseException.Reason.EMPTY, "no lines");
    }
    return lines;
  }
}
