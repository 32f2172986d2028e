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
import java.util.function.Consumer;

/** Parses glossary lines (TSV or CSV: dutch, english, pos, note) into entries, reporting bad lines. */
final class GlossaryParser {
  private GlossaryParser() {}

  static List<GlossEntry> parse(BufferedReader in, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    List<GlossEntry> entries = new ArrayList<>();
    try {
      String line;
      int n = 0;
      while ((line = in.readLine()) != null) {
        n++;
        GlossEntry e = parseLine(line, n, fileName, source, csv, problems);
        if (e != null) {
          entries.add(e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  static List<GlossEntry> parseLinesWithBadBytes(byte[] bytes, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    List<GlossEntry> entries = new ArrayList<>();
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
          GlossEntry e = parseLine(line, n, fileName, source, csv, problems);
          if (e != null) {
            entries.add(e);
          }
        } catch (CharacterCodingException e) {
          problems.accept(new GlossaryProblem(fileName, n, "not UTF-8"));
        }
        start = i + 1;
      }
    }
    return entries;
  }

  static GlossEntry parseLine(String raw, int n, String fileName, String source, boolean csv,
      Consumer<GlossaryProblem> problems) {
    String line = n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (line.endsWith("\r")) {
      line = line.substring(0, line.length() - 1);
    }
    if (line.isEmpty() || line.charAt(0) == '#' || line.isBlank()) {
      return null;
    }
    List<String> cols;
    if (csv) {
      cols = Csv.splitLine(line);
      if (cols == null) {
        problems.accept(new GlossaryProblem(fileName, n, "unbalanced quotes"));
        return null;
      }
    } else {
      cols = tabs(line);
    }
    if (cols.size() < 3 || cols.size() > 4) {
      problems.accept(new GlossaryProblem(fileName, n,
          "expected 3 or 4 columns (dutch, english, pos, note), found " + cols.size()));
      return null;
    }
    if (isHeader(cols)) {
      return null;
    }
    String dutch = normalise(cols.get(0));
    if (dutch.isEmpty()) {
      problems.accept(new GlossaryProblem(fileName, n, "empty Dutch column"));
      return null;
    }
    GlossPos pos = GlossPos.ofCode(cols.get(2)).orElse(null);
    if (pos == null) {
      problems.accept(new GlossaryProblem(fileName, n, "unknown part of speech '" + cols.get(2).strip() + "'"));
      return null;
    }
    List<String> senses = senses(cols.get(1));
    if (senses.isEmpty()) {
      problems.accept(new GlossaryProblem(fileName, n, "empty English column"));
      return null;
    }
    String note = cols.size() == 4 ? cols.get(3).strip() : "";
    return new GlossEntry(dutch, senses, pos, note, source);
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
    return cols.get(0).strip().equalsIgnoreCase("dutch") && cols.get(1).strip().equalsIgnoreCase("english");
  }
}
