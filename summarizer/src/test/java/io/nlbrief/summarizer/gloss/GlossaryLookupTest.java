package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryLookupTest {
  @Test
  void defaultGlossaryHasExonyms() {
    assertEquals("NATO", Glossary.defaultGlossary().lookup("NAVO", GlossPos.NAME).orElseThrow().first());
    assertEquals("default", Glossary.defaultGlossary().lookup("NAVO", GlossPos.NAME).orElseThrow().source());
  }

  @Test
  void userFileOverridesAndReportsBadLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("mine.tsv");
    Files.writeString(f, "NAVO\tthe Alliance\tname\nkapot\n");
    List<GlossaryProblem> problems = new ArrayList<>();
    Glossary g = Glossary.load(List.of(f), problems::add);
    assertEquals("the Alliance", g.lookup("NAVO", GlossPos.NAME).orElseThrow().first());
    assertEquals(2, g.lookup("NAVO").size());
    assertEquals("mine.tsv", g.lookup("NAVO").get(0).source());
    assertEquals(1, problems.size());
    assertEquals(2, problems.get(0).line());
    assertTrue(problems.get(0).toString().startsWith(f + ":2: "));
  }
}
