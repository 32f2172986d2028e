package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.WordLists;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.GlossaryProblem;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Reads the shipped glossary and users' glossary files. */
public final class GlossaryFiles {
  static final String RESOURCE_DIR = "/io/nlbrief/summarizer/glossary/";

  private GlossaryFiles() {}

  /** Every entry of the shipped glossary, in the order of {@code files.txt}. */
  public static List<GlossEntry> readDefault() {
    return readDefault(p -> { });
  }

  /** Every entry of the shipped glossary, reporting the lines that cannot be read. */
  public static List<GlossEntry> readDefault(Consumer<GlossaryProblem> problems) {
    List<GlossEntry> all = new ArrayList<>(16_000);
    for (String name : defaultFileNames()) {
      try (InputStream in = GlossaryFiles.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IllegalStateException("glossary/files.txt names " + name + ", which is not in the jar");
        }
        // A bad shipped line is skipped here and failed by GlossaryValidationTest, so a glossary
        // being edited never stops the program.
        all.addAll(GlossaryParser.parse(reader(in), name, Glossary.DEFAULT_SOURCE, false, problems));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return firstPerSourceAndPos(all);
  }

  /** The names listed in {@code glossary/files.txt}, a word list (the parser's {@link WordLists} rule). */
  public static List<String> defaultFileNames() {
    return WordLists.resource(GlossaryFiles.class, RESOURCE_DIR + "files.txt");
  }

  /** A user's glossary file: TSV, or CSV when its name ends in {@code .csv}; the source is its file name. */
  public static List<GlossEntry> readUserFile(Path file, Consumer<GlossaryProblem> problems) {
    boolean csv = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    try {
      return readFile(file, file.getFileName().toString(), csv, problems);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A TSV or CSV glossary file; lines with bad bytes, wrong columns or no sense are reported and skipped. */
  public static List<GlossEntry> readFile(Path file, String source, boolean csv, Consumer<GlossaryProblem> problems)
      throws IOException {
    String name = file.toString();
    byte[] bytes = Files.readAllBytes(file);
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Decode line by line so that only the lines with bad bytes are lost.
      return GlossaryParser.parseLinesWithBadBytes(bytes, name, source, csv, problems);
    }
    return GlossaryParser.parse(new BufferedReader(new java.io.StringReader(text)), name, source, csv, problems);
  }

  private record Key(String source, String dutch, GlossPos pos) {}

  /** Keeps the first entry of each (source, dutch, pos). */
  public static List<GlossEntry> firstPerSourceAndPos(List<GlossEntry> entries) {
    Set<Key> seen = new HashSet<>(entries.size() * 2);
    List<GlossEntry> kept = new ArrayList<>(entries.size());
    for (GlossEntry e : entries) {
      if (seen.add(new Key(e.source(), e.dutch(), e.pos()))) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static BufferedReader reader(InputStream in) {
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  static GlossPos parsePos(String s) {
    return GlossPos.ofCode(s).orElse(null);
  }
}
