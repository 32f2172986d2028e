package io.nlbrief.summarizer.gloss.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Glossary records as RFC 4180 CSV, through Apache Commons CSV: quoted fields may hold commas,
 * doubled quotes and line breaks. Reading stops at a record the parser refuses and says on which
 * line it starts, so that the caller can report it and go on after it.
 */
final class Csv {
  private static final CSVFormat WRITE = CSVFormat.RFC4180;
  // RFC 4180 plus the two liberties every glossary file has had: # comment lines and empty lines
  private static final CSVFormat READ = CSVFormat.RFC4180.builder()
      .setCommentMarker('#')
      .setIgnoreEmptyLines(true)
      .get();

  private Csv() {}

  /** A record and the line (from 1) it starts on. */
  record Row(List<String> fields, int line) {}

  /**
   * The records read from line {@code from} on.
   *
   * @param badLine the line of the record that could not be read, or -1 when all were
   * @param reason why it could not be read
   */
  record Outcome(List<Row> rows, int badLine, String reason) {}

  /** Where each line of a text begins, to turn character positions into line numbers. */
  static final class Lines {
    private final String text;
    private final int[] starts;

    Lines(String text) {
      this.text = text;
      int[] s = new int[16];
      int n = 0;
      s[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n' && i + 1 < text.length()) {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      starts = Arrays.copyOf(s, n);
    }

    int count() {
      return text.isEmpty() ? 0 : starts.length;
    }

    int start(int line) {
      return starts[line - 1];
    }

    /** The line holding character {@code at}. */
    int lineOf(long at) {
      int i = Arrays.binarySearch(starts, (int) Math.min(at, Integer.MAX_VALUE));
      return i >= 0 ? i + 1 : -i - 1;
    }

    /** The first line from {@code line} on that a record can start on: not empty, not a comment. */
    int firstContent(int line) {
      int l = line;
      while (l < count()) {
        int s = starts[l - 1];
        int e = starts[l];
        String t = text.substring(s, e).strip();
        if (!t.isEmpty() && t.charAt(0) != '#') {
          break;
        }
        l++;
      }
      return l;
    }
  }

  static Outcome read(String text, Lines lines, int from) {
    List<Row> rows = new ArrayList<>();
    int offset = lines.start(from);
    try (CSVParser parser = CSVParser.parse(text.substring(offset), READ)) {
      Iterator<CSVRecord> records = parser.iterator();
      while (true) {
        long consumed = parser.getCurrentLineNumber();
        CSVRecord record;
        try {
          if (!records.hasNext()) {
            return new Outcome(rows, -1, null);
          }
          record = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          // the record began on the first line after those read so far that is not skipped
          String message = String.valueOf(e.getMessage());
          return new Outcome(rows, lines.firstContent(from + (int) consumed),
              message.contains("EOF reached before encapsulated token finished") ? "unbalanced quotes"
                  : "a quote inside a quoted field must be doubled (\"\")");
        }
        List<String> fields = new ArrayList<>(record.size());
        record.forEach(fields::add);
        int line = lines.firstContent(lines.lineOf(offset + record.getCharacterPosition()));
        rows.add(new Row(fields, line));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One CSV record, CRLF-terminated, fields quoted where RFC 4180 needs it. */
  static String record(String... fields) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, WRITE)) {
      printer.printRecord((Object[]) fields);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
