package io.nlbrief.summarizer.gloss.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Glossary lines as RFC 4180 CSV, through Apache Commons CSV. Lines are read one at a time, so a
 * line with an unbalanced quote is reported with its number instead of swallowing the rest of
 * the file into one field.
 */
final class Csv {
  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  private Csv() {}

  /** The fields of one line, or {@code null} when it is not valid CSV (an unbalanced quote). */
  static List<String> splitLine(String line) {
    try (CSVParser parser = CSVParser.parse(line, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return null;
      }
      List<String> fields = new ArrayList<>(records.get(0).size());
      records.get(0).forEach(fields::add);
      return fields;
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  /** One CSV record, CRLF-terminated, fields quoted where RFC 4180 needs it. */
  static String record(String... fields) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord((Object[]) fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
