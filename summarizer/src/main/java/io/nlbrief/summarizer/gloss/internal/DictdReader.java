package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.GlossaryProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A dictd database: the {@code .index} file (headword, offset and length in dictd's base64, tab
 * separated) and the {@code .dict.dz} (dictzip, which any gzip reader reads) or plain {@code .dict}
 * holding the articles. FreeDict's article: the headword with its pronunciation on the first line,
 * then the senses, numbered ({@code 1. attack, fit}) or not, separated by commas.
 */
public final class DictdReader {
  private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final int MAX_SENSES = 4;

  private DictdReader() {}

  /** Reads the database; {@code file} is the .index, the .dict.dz or the .dict. */
  public static List<GlossEntry> read(Path file, String source, Consumer<GlossaryProblem> problems) throws IOException {
    String name = file.getFileName().toString();
    String base = name.endsWith(".index") ? name.substring(0, name.length() - 6)
        : name.endsWith(".dict.dz") ? name.substring(0, name.length() - 8)
        : name.endsWith(".dict") ? name.substring(0, name.length() - 5) : name;
    Path dir = file.toAbsolutePath().getParent();
    Path index = dir.resolve(base + ".index");
    Path dz = dir.resolve(base + ".dict.dz");
    Path plain = dir.resolve(base + ".dict");
    byte[] dict;
    if (Files.isRegularFile(dz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dz))) {
        dict = in.readAllBytes();
      }
    } else {
      dict = Files.readAllBytes(plain); // NoSuchFileException names the missing file
    }
    List<GlossEntry> entries = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String[] cols = line.split("\t");
        if (cols.length < 3) {
          problems.accept(new GlossaryProblem(index.toString(), n, "expected headword, offset and length"));
          continue;
        }
        String headword = cols[0].strip();
        if (headword.isEmpty() || headword.startsWith("00database") || headword.startsWith("00-database")
            || headword.startsWith("‐") || headword.startsWith("-")) {
          continue;
        }
        long offset;
        long length;
        try {
          offset = decode(cols[1]);
          length = decode(cols[2]);
        } catch (IllegalArgumentException e) {
          problems.accept(new GlossaryProblem(index.toString(), n, e.getMessage()));
          continue;
        }
        if (offset + length > dict.length) {
          problems.accept(new GlossaryProblem(index.toString(), n, "points past the end of the .dict"));
          continue;
        }
        String article = new String(dict, (int) offset, (int) length, StandardCharsets.UTF_8);
        List<String> senses = senses(article);
        if (senses.isEmpty()) {
          continue;
        }
        GlossPos pos = PosGuess.fromShape(headword);
        if (seen.add(headword + '\u0000' + pos)) {
          entries.add(new GlossEntry(headword, senses, pos, "pos guessed", source));
        }
      }
    }
    return entries;
  }

  static long decode(String s) {
    long v = 0;
    for (int i = 0; i < s.length(); i++) {
      int d = B64.indexOf(s.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException("bad base64 number '" + s + "'");
      }
      v = v * 64 + d;
    }
    return v;
  }

  /** The senses of an article: every line after the first, numbers stripped, split at commas. */
  static List<String> senses(String article) {
    String[] lines = article.split("\n");
    Set<String> senses = new LinkedHashSet<>();
    for (int i = 1; i < lines.length; i++) {
      String l = lines[i].strip().replaceFirst("^\\d+\\.\\s*", "");
      for (String s : l.split(",")) {
        String t = s.strip().replace('‐', '-');
        if (!t.isEmpty() && senses.size() < MAX_SENSES) {
          senses.add(t);
        }
      }
    }
    return new ArrayList<>(senses);
  }
}
