package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.summarizer.gloss.internal.GlossaryFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped glossary is well-formed: every line loads, no (dutch, pos) twice, enough lemmas. */
class GlossaryValidationTest {
  private static final Path DIR = Path.of("src/main/resources/io/nlbrief/summarizer/glossary");

  @Test
  void everyLineOfEveryShippedFileLoads() {
    List<GlossaryProblem> problems = new ArrayList<>();
    GlossaryFiles.readDefault(problems::add);
    assertEquals(List.of(), problems);
  }

  @Test
  void noDutchWordHasTwoEntriesOfOnePartOfSpeech() throws IOException {
    Map<String, String> seen = new HashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (String name : GlossaryFiles.defaultFileNames()) {
      List<String> lines = Files.readAllLines(DIR.resolve(name));
      for (int i = 0; i < lines.size(); i++) {
        String line = lines.get(i);
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        String where = seen.putIfAbsent(cols[0] + "\t" + cols[2], name + ":" + (i + 1));
        if (where != null) {
          duplicates.add(cols[0] + " (" + cols[2] + ") at " + where + " and " + name + ":" + (i + 1));
        }
      }
    }
    assertEquals(List.of(), duplicates);
  }

  @Test
  void noEmptySensesNoStraySpaces() {
    for (GlossEntry e : Glossary.defaultGlossary().entries()) {
      assertEquals(e.dutch().strip(), e.dutch());
      for (String sense : e.english()) {
        assertTrue(!sense.isBlank() && sense.equals(sense.strip()), e.toString());
      }
    }
  }

  @Test
  void atLeastEightThousandLemmasWithEveryFunctionWord() {
    Glossary g = Glossary.defaultGlossary();
    Set<String> lemmas = new HashSet<>();
    g.entries().forEach(e -> lemmas.add(e.dutch()));
    assertTrue(lemmas.size() >= 8000, "only " + lemmas.size() + " lemmas");
    for (String w : List.of("de", "het", "een", "en", "of", "maar", "dat", "die", "van", "in", "op", "met", "voor",
        "aan", "bij", "uit", "naar", "over", "door", "tegen", "zijn", "hebben", "worden", "kunnen", "moeten", "zullen",
        "mogen", "willen", "hij", "zij", "wij", "ik", "niet", "geen", "ook", "nog", "al", "er")) {
      assertTrue(!g.lookup(w).isEmpty(), w);
    }
  }

  @Test
  void everyTsvInTheFolderIsListed() throws IOException {
    Set<String> listed = new HashSet<>(GlossaryFiles.defaultFileNames());
    try (Stream<Path> files = Files.list(DIR)) {
      List<String> unlisted = files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".tsv") && !n.startsWith("english-") && !listed.contains(n))
          .toList();
      assertEquals(List.of(), unlisted);
    }
  }
}
