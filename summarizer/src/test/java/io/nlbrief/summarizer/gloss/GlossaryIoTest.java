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
    // header skipped; betoging, the phrase, kapot (two columns) and vrijlating kept; line 5 (an open
    // quote that never closes) reported, and reading goes on at line 6
    assertEquals(List.of("betoging", "onder druk zetten", "kapot", "vrijlating"),
        entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(List.of("demonstration", "protest"), entries.get(0).english());
    assertEquals("a phrase, with a comma", entries.get(1).note());
    assertEquals(List.of("tiny.csv:5: unbalanced quotes"),
        problems.stream().map(p -> Path.of(p.file()).getFileName() + ":" + p.line() + ": " + p.message()).toList());
  }

  @Test
  void csvFieldsMaySpanLinesAndHoldCommasAndQuotes(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("terms.csv");
    // RFC 4180: CRLF line ends, a quoted field with a line break, a comma and a doubled quote
    Files.writeString(f, "dutch,english,pos,note\r\n"
        + "\"inlijving\",\"annexation; incorporation\",noun,\"law, politics\"\r\n"
        + "\"schepen\",\"alderman\",noun,\"Belgian:\r\na \"\"schepen\"\" sits on the council\"\r\n"
        + "betoging,demonstration,nuon\r\n");
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.CSV, "terms.csv", problems::add);
    assertEquals(List.of("inlijving", "schepen"), entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(List.of("annexation", "incorporation"), entries.get(0).english());
    assertEquals("law, politics", entries.get(0).note());
    // the note's line break is inside the field; the next record starts on line 5, not 4
    assertEquals("Belgian: a \"schepen\" sits on the council", entries.get(1).note()); // the break made a space
    assertEquals(List.of(f + ":5: unknown part of speech 'nuon'"), problems.stream().map(GlossaryProblem::toString).toList());
  }

  @Test
  void aCsvHeaderNamesItsColumnsInAnyOrder(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("translator.csv");
    Files.writeString(f, "Subject,Dutch,Definition,English,Status\n"
        + "law,vrijlating,\"the act of setting free,\nfrom prison\",release,approved\n"
        + ",betoging,,demonstration,\n"
        + "politics,,a gap,nothing,\n");
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.CSV, "t", problems::add);
    assertEquals(2, entries.size());
    // no pos column: guessed from the word's shape, and said so
    assertEquals(new GlossEntry("vrijlating", List.of("release"), GlossPos.NOUN, "pos guessed", "t",
        "the act of setting free, from prison", "law"), entries.get(0));
    assertEquals(new GlossEntry("betoging", List.of("demonstration"), GlossPos.NOUN, "pos guessed", "t", "", ""),
        entries.get(1));
    assertEquals(List.of(f + ":1: unknown column 'Status' ignored (columns: dutch, english, pos, note, definition, subject)",
        f + ":5: empty Dutch column"), problems.stream().map(GlossaryProblem::toString).toList());
  }

  @Test
  void aTwoColumnCsvIsAWordList(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("list.csv");
    Files.writeString(f, "wegsturen,send away\nNAVO,NATO\nonder druk zetten,put under pressure\nalleen\n");
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.CSV, "list.csv", problems::add);
    // the shape tells: -en a verb, a capital a name, a space a phrase
    assertEquals(List.of(GlossPos.VERB, GlossPos.NAME, GlossPos.PHRASE), entries.stream().map(GlossEntry::pos).toList());
    assertEquals(List.of(f + ":4: expected at least the dutch and english columns, found 1"),
        problems.stream().map(GlossaryProblem::toString).toList());
  }

  @Test
  void anUnbalancedQuoteLosesOnlyItsRecordAndAStrayQuoteIsNamed(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("quotes.csv");
    Files.writeString(f, "# a comment\n\nland,country,noun\n\"kapot\"x,broken,adj\ngoed,good,adj\n\"open,open,adj\n");
    List<GlossEntry> entries = GlossaryIo.read(f, GlossaryFormat.CSV, "q", problems::add);
    assertEquals(List.of("land", "goed"), entries.stream().map(GlossEntry::dutch).toList());
    assertEquals(List.of(f + ":4: a quote inside a quoted field must be doubled (\"\")", f + ":6: unbalanced quotes"),
        problems.stream().map(GlossaryProblem::toString).toList());
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
    assertEquals(GlossaryProblem.badBytes(f.toString(), 2), problems.get(0));
    assertTrue(problems.get(0).badBytes(), "a line of bad bytes says so, for a caller that refuses the file");
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
    roundTrips(entries, dir);
  }

  @Test
  void definitionsAndSubjectFieldsSurviveEveryFormat(@TempDir Path dir) throws Exception {
    List<GlossEntry> entries = List.of(
        new GlossEntry("aanslag", List.of("attack", "assault"), GlossPos.NOUN, "", "x",
            "a violent attack, often \"politically\" motivated; with a bomb", "security"),
        new GlossEntry("onder druk zetten", List.of("put under pressure"), GlossPos.PHRASE, "", "x", "", "politics"),
        new GlossEntry("NAVO", List.of("NATO"), GlossPos.NAME, "noarticle", "x", "the North Atlantic Treaty Organisation", ""),
        new GlossEntry("om", List.of("at", "around"), GlossPos.PREP, "says \"when\", too", "x"),
        new GlossEntry("oud-", List.of("former"), GlossPos.PREFIX, "", "x", "", "general, politics"),
        new GlossEntry("wegsturen", List.of("send away", "expel"), GlossPos.VERB, "", "x"));
    roundTrips(entries, dir);
  }

  private void roundTrips(List<GlossEntry> entries, Path dir) throws Exception {
    List<GlossEntry> sorted = new ArrayList<>(entries);
    sorted.sort(java.util.Comparator.comparing(GlossEntry::dutch));
    for (GlossaryFormat format : List.of(GlossaryFormat.TSV, GlossaryFormat.CSV, GlossaryFormat.TBX)) {
      Path f = dir.resolve("out." + format.code());
      try (var out = Files.newOutputStream(f)) {
        GlossaryIo.write(entries, format, out);
      }
      List<GlossEntry> back = GlossaryIo.read(f, format, "x", problems::add);
      // written sorted by Dutch word, capitals first: NAVO, aanslag, om, onder druk zetten, ...
      assertEquals(sorted, back, format.code());
    }
    assertTrue(problems.isEmpty(), problems.toString());
  }
}
