package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.GlossaryProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Parses glossary files into entries, reporting bad lines. TSV is one entry a line; CSV is RFC 4180
 * records, which may span lines (a quoted field with a line break). Both have the columns dutch,
 * english, pos, note, definition, subject in that order; a CSV whose first record names its
 * columns ({@code dutch,english,definition}) is read by those names.
 */
final class GlossaryParser {
  private static final String COLUMN_NAMES = "dutch, english, pos, note, definition, subject";

  private GlossaryParser() {}

  static List<GlossEntry> parse(BufferedReader in, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    if (csv) {
      StringBuilder text = new StringBuilder();
      try {
        String line;
        while ((line = in.readLine()) != null) {
          text.append(line).append('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return parseCsv(text.toString(), fileName, source, problems);
    }
    List<GlossEntry> entries = new ArrayList<>();
    try {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        GlossEntry e = parseLine(line, n, fileName, source, false, problems);
        if (e != null) {
          entries.add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** A file with bytes that are not UTF-8: only the lines holding them are lost, each reported. */
  static List<GlossEntry> parseLinesWithBadBytes(byte[] bytes, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    List<GlossEntry> entries = new ArrayList<>();
    // CSV: the readable lines in place, a bad one left empty, so that line numbers stay the file's
    StringBuilder readable = new StringBuilder();
    int start = 0;
    int n = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '\n') {
        if (i == bytes.length && start == i) {
          break;
        }
        n++;
        try {
          String line = StandardCharsets.UTF_8.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, start, i - start)).toString();
          if (csv) {
            readable.append(line);
          } else {
            GlossEntry e = parseLine(line, n, fileName, source, false, problems);
            if (e != null) {
              entries.add(e);
            }
          }
        } catch (CharacterCodingException e) {
          problems.accept(GlossaryProblem.badBytes(fileName, n));
        }
        readable.append('\n');
        start = i + 1;
      }
    }
    return csv ? parseCsv(readable.toString(), fileName, source, problems) : entries;
  }

  /** One line of a glossary file, {@code n} its number; {@code null} for a comment, a blank or a bad line. */
  static GlossEntry parseLine(String raw, int n, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    if (csv) {
      List<GlossEntry> one = parseCsv(raw, fileName, source, problems);
      return one.isEmpty() ? null : one.get(0);
    }
    String line = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
      return null;
    }
    List<String> cols = tabs(line);
    if (isHeader(cols)) {
      return null;
    }
    if (cols.size() < 3 || cols.size() > Columns.MAX) {
      problems.accept(new GlossaryProblem(fileName, n,
          "expected 3 to 6 columns (" + COLUMN_NAMES + "), found " + cols.size()));
      return null;
    }
    return entry(cols, Columns.IN_ORDER, n, fileName, source, problems);
  }

  /**
   * CSV text as RFC 4180 records (Apache Commons CSV), {@code #} lines and empty lines skipped. A
   * record the CSV parser refuses (an unbalanced quote) is reported at the line it starts on and
   * reading goes on from the line after it, so one bad quote does not swallow the rest of the file.
   */
  static List<GlossEntry> parseCsv(String csv, String fileName, String source, Consumer<GlossaryProblem> problems) {
    String text = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    Csv.Lines lines = new Csv.Lines(text);
    List<GlossEntry> entries = new ArrayList<>();
    Columns columns = null;
    int from = 1;
    while (from <= lines.count()) {
      Csv.Outcome outcome = Csv.read(text, lines, from);
      List<Csv.Row> rows = outcome.rows();
      for (Csv.Row row : rows) {
        List<String> cols = row.fields();
        if (cols.size() == 1 && cols.get(0).isBlank()) {
          continue;
        }
        if (isHeader(cols)) {
          if (columns == null) {
            columns = Columns.named(cols, row.line(), fileName, problems);
          }
          continue;
        }
        Columns layout = columns != null ? columns : Columns.IN_ORDER;
        if (columns == null && cols.size() > Columns.MAX || columns != null && cols.size() > columns.width()) {
          problems.accept(new GlossaryProblem(fileName, row.line(), "expected at most "
              + (columns == null ? Columns.MAX + " columns (" + COLUMN_NAMES + ")" : columns.width() + " columns (as the header names)")
              + ", found " + cols.size()));
          continue;
        }
        if (cols.size() <= layout.english()) {
          problems.accept(new GlossaryProblem(fileName, row.line(),
              "expected at least the dutch and english columns, found " + cols.size()));
          continue;
        }
        GlossEntry e = entry(cols, layout, row.line(), fileName, source, problems);
        if (e != null) {
          entries.add(e);
        }
      }
      if (outcome.badLine() < 0) {
        break;
      }
      problems.accept(new GlossaryProblem(fileName, outcome.badLine(), outcome.reason()));
      from = outcome.badLine() + 1;
    }
    return entries;
  }

  private static GlossEntry entry(List<String> cols, Columns at, int n, String fileName, String source,
      Consumer<GlossaryProblem> problems) {
    String dutch = normalise(at.get(cols, at.dutch()));
    if (dutch.isEmpty()) {
      problems.accept(new GlossaryProblem(fileName, n, "empty Dutch column"));
      return null;
    }
    List<String> senses = senses(at.get(cols, at.english()));
    if (senses.isEmpty()) {
      problems.accept(new GlossaryProblem(fileName, n, "empty English column"));
      return null;
    }
    String posColumn = at.get(cols, at.pos()).strip();
    // a line break inside a quoted field is layout, not content: every format keeps one space
    String note = normalise(at.get(cols, at.note()));
    GlossPos pos;
    if (posColumn.isEmpty() && at.posOptional(cols)) {
      // a two-column list (dutch, english), as translators keep them: the shape tells, as for dictd
      pos = PosGuess.fromShape(dutch);
      note = note.isEmpty() ? "pos guessed" : note;
    } else {
      pos = GlossPos.ofCode(posColumn).orElse(null);
      if (pos == null) {
        problems.accept(new GlossaryProblem(fileName, n, posColumn.isEmpty() ? "empty pos column"
            : "unknown part of speech '" + posColumn + "'"));
        return null;
      }
    }
    return new GlossEntry(dutch, senses, pos, note, source, normalise(at.get(cols, at.definition())),
        normalise(at.get(cols, at.subject())));
  }

  /**
   * Where each column is in a row: by default the order above; a CSV header can name them in any
   * order and leave out all but dutch and english.
   */
  private record Columns(int dutch, int english, int pos, int note, int definition, int subject, int width,
      boolean named) {
    static final int MAX = 6;
    static final Columns IN_ORDER = new Columns(0, 1, 2, 3, 4, 5, MAX, false);

    static Columns named(List<String> header, int line, String fileName, Consumer<GlossaryProblem> problems) {
      int[] at = {-1, -1, -1, -1, -1, -1};
      for (int i = 0; i < header.size(); i++) {
        String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
        int which = switch (name) {
          case "dutch" -> 0;
          case "english" -> 1;
          case "pos", "partofspeech" -> 2;
          case "note" -> 3;
          case "definition" -> 4;
          case "subject", "subjectfield" -> 5;
          default -> -1;
        };
        if (which < 0 || at[which] >= 0) {
          problems.accept(new GlossaryProblem(fileName, line, (which < 0 ? "unknown" : "repeated") + " column '"
              + header.get(i).strip() + "' ignored (columns: " + COLUMN_NAMES + ")"));
        } else {
          at[which] = i;
        }
      }
      boolean inOrder = true;
      for (int i = 0; i < at.length; i++) {
        inOrder &= at[i] == (i < header.size() ? i : -1);
      }
      // nlbrief's own header (or the start of it): later columns may follow in that order, as when
      // glossary import appends entries with a definition to a file whose header predates them
      return inOrder ? IN_ORDER : new Columns(at[0], at[1], at[2], at[3], at[4], at[5], header.size(), true);
    }

    String get(List<String> cols, int index) {
      return index >= 0 && index < cols.size() ? cols.get(index) : "";
    }

    /** Whether a row may leave the part of speech out: a header without pos, or a row of two fields. */
    boolean posOptional(List<String> cols) {
      return named ? pos < 0 : cols.size() == 2;
    }
  }

  // String.split's cost matters here: the default glossary's 20,000 lines are read at every start
  private static List<String> tabs(String line) {
    List<String> cols = new ArrayList<>(4);
    int from = 0;
    while (true) {
      int tab = line.indexOf('\t', from);
      if (tab < 0) {
        cols.add(line.substring(from));
        return cols;
      }
      cols.add(line.substring(from, tab));
      from = tab + 1;
    }
  }

  private static List<String> senses(String column) {
    if (column.indexOf(';') < 0) {
      String t = normalise(column);
      return t.isEmpty() ? List.of() : List.of(t);
    }
    List<String> senses = new ArrayList<>(3);
    int from = 0;
    while (from <= column.length()) {
      int semi = column.indexOf(';', from);
      int end = semi < 0 ? column.length() : semi;
      String t = normalise(column.substring(from, end));
      if (!t.isEmpty()) {
        senses.add(t);
      }
      from = end + 1;
    }
    return senses;
  }

  /** Stripped, inner runs of whitespace made one space; the same string when it is already so. */
  static String normalise(String s) {
    String t = s.strip();
    boolean clean = true;
    for (int i = 0; i < t.length() && clean; i++) {
      char c = t.charAt(i);
      clean = c != '\t' && c != '\n' && c != '\r' && !(c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ');
    }
    return clean ? t : t.replaceAll("\\s+", " ");
  }

  private static boolean isHeader(List<String> cols) {
    boolean dutch = false;
    boolean english = false;
    for (String c : cols) {
      String s = c.strip();
      dutch |= s.equalsIgnoreCase("dutch");
      english |= s.equalsIgnoreCase("english");
    }
    return dutch && english;
  }
}
