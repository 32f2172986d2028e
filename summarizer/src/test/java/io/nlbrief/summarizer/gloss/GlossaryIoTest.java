package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryIoTest {
  private final List<GlossaryProblem> problems = new ArrayList<>();

  private static Path fixture(String name) {
    try {
      return Path.of(GlossaryIoTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static GlossEntry find(List<GlossEntry> entries, String dutch) {
    return entries.stream().filter(e -> e.dutch().equals(dutch)).findFirst().orElseThrow();
  }

  @Test
  void readsADictdDatabaseWithItsGzippedDict() throws Exception {
    List<GlossEntry> entries = GlossaryIo.read(fixture("tiny-nld-eng.index"), GlossaryFormat.DICTD, "tiny", problems::add);
    // the 00database header entry is skipped: 4 words
    assertEquals(4, entries.size());
    assertEquals(List.of("attack", "fit", "access", "aggression"), find(entries, "aanval").english());
    assertEquals(List.of("field", "country", "land"), find(entries, "land").english());
    // dictd has no parts of speech: guessed from the word's shape
    assertEquals(GlossPos.VERB, find(entries, "wegsturen").pos());
    assertEquals(GlossPos.ADJ, find(entries, "moeilijk").pos());
    assertEquals(GlossPos.NOUN, find(entries, "aanval").pos());
    assertEquals("pos guessed", find(entries, "aanval").note());
    assertTrue(problems.isEmpty());
  }

  @Test
  void findsFreeDictWhereDebianPutsIt(@TempDir Path dir) throws Exception {
    assertTrue(GlossaryIo.findFreeDict(dir).isEmpty());
    Files.writeString(dir.resolve("freedict-nld-eng.index"), "");
    assertEquals(dir.resolve("freedict-nld-eng.index"), GlossaryIo.findFreeDict(dir).orElseThrow());
  }

  @Test
  void readsFreeDictTei() throws Exception {
    List<GlossEntry> entries = GlossaryIo.read(fixture("tiny.tei"), GlossaryFormat.TEI, "tei", problems::add);
    assertEquals(2, entries.size());
    assertEquals(new GlossEntry("aanslag", List.of("attack", "assault"), GlossPos.NOUN, "", "tei"), entries.get(0));
    assertEquals(GlossPos.VERB, find(entries, "uitzetten").pos());
    // the third entry has no translation: reported with its line (the <entry> tag is on line 14)
    assertEquals(1, problems.size());
    assertEquals(14, problems.get(0).line());
    assertTrue(problems.get(0).message().contains("leeg"), problems.get(0).message());
  }

  @Test
  void readsTbxBasic() throws Exception {
    List<GlossEntry> entries = GlossaryIo.read(fixture("tiny.tbx"), GlossaryFormat.TBX, "tbx", problems::add);
    assertEquals(List.of("annexation", "incorporation"), find(entries, "inlijving").english());
    assertEquals(GlossPos.NOUN, find(entries, "inlijving").pos());
    assertEquals(List.of("alderman"), find(entries, "schepen").english()); // nl-BE and en-GB count as nl and en
    assertEquals(1, problems.size()); // the entry with only an English term, line 8
    assertEquals(8, problems.get(0).line());
  }

  @Test
  void readsCsvAndReportsBadLinesWithTheirNumbers() throws Exception {
    List<GlossEntry> entries = GlossaryIo.read(fixture("tiny.csv"), GlossaryFormat.CSV, "tiny.csv", problems::add);
    // header skipped; betoging, the phrase and vrijlating kept; line 4 (2 columns) and line 5 (open quote) reported
    assertEquals(List.of("betoging", "onder druk zetten", "vrijlating"), entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(List.of("demonstration", "protest"), entries.get(0).english());
    assertEquals("a phrase, with a comma", entries.get(1).note());
    assertEquals(List.of(4, 5), problems.stream().map(GlossaryProblem::line).toList());
    assertTrue(problems.get(0).message().contains("found 2"), problems.get(0).message());
  }

  @Test
  void badBytesLoseOnlyTheirLine(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bad.tsv");
    byte[] good1 = "betoging\tdemonstration\tnoun\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = {'k', 'a', (byte) 0xff, 't', '\t', 'x', '\t', 'n', 'o', 'u', 'n', '\n'};
    byte[] good2 = "vrijlating\trelease\tnoun\tlaw\nzonder pos\tx\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.write(good1);
    all.write(bad);
    all.write(good2);
    Files.write(f, all.toByteArray());
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.TSV, "bad.tsv", problems::add);
    assertEquals(List.of("betoging", "vrijlating"), entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(2, problems.size());
    assertEquals(new GlossaryProblem(f.toString(), 2, "not UTF-8"), problems.get(0));
    assertEquals(4, problems.get(1).line());
  }

  @Test
  void unknownPartOfSpeechAndEmptySensesAreReported(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("g.tsv");
    Files.writeString(f, "# comment\nland\tcountry\tnoun\nlopen\twalk\tverbb\nleeg\t ; \tadj\n\ngoed\tgood\tadj\n");
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.TSV, "g.tsv", problems::add);
    assertEquals(List.of("land", "goed"), entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(List.of(f + ":3: unknown part of speech 'verbb'", f + ":4: empty English column"),
        problems.stream().map(GlossaryProblem::toString).toList());
  }

  @Test
  void tsvCsvAndTbxRoundTrips(@TempDir Path dir) throws Exception {
    List<GlossEntry> entries = List.of(
        new GlossEntry("aanslag", List.of("attack", "assault"), GlossPos.NOUN, "", "x"),
        new GlossEntry("onder druk zetten", List.of("put under pressure"), GlossPos.PHRASE, "", "x"),
        new GlossEntry("NAVO", List.of("NATO"), GlossPos.NAME, "noarticle", "x"),
        new GlossEntry("om", List.of("at", "around"), GlossPos.PREP, "says \"when\", too", "x"),
        new GlossEntry("wegsturen", List.of("send away", "expel"), GlossPos.VERB, "", "x"));
    for (GlossaryFormat format : List.of(GlossaryFormat.TSV, GlossaryFormat.CSV, GlossaryFormat.TBX)) {
      Path f = dir.resolve("out." + format.code());
      try (var out = Files.newOutputStream(f)) {
        GlossaryIo.write(entries, format, out);
      }
      List<GlossEntry> back = GlossaryIo.read(f, format, "x", problems::add);
      // written sorted by Dutch word: NAVO, aanslag, om, onder druk zetten, wegsturen (capitals first)
      assertEquals(List.of(entries.get(2), entries.get(0), entries.get(3), entries.get(1), entries.get(4)), back,
          format.code());
    }
    assertTrue(problems.isEmpty(), problems.toString());
  }
}
