package io.nlbrief.cli.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief glossary lookup|import|export|stats} and {@code eval gloss}, run in-process. */
class GlossaryCommandTest {
  /** A file beside this test in its resources folder. */
  private static Path fixture(String name) {
    try {
      return Path.of(GlossaryCommandTest.class.getResource(name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TempDir
  Path config;

  @TempDir
  Path work;

  @Test
  void lookupShowsEverySenseWithItsSource() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "NAVO\tthe Alliance\tname\n");
    Result r = new InProcess(config).run("glossary", "lookup", "NAVO", "blorkfijter");
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals(List.of(
        "NAVO",
        "  name: the Alliance  [glossary.tsv]",
        "  name: NATO  [default]  (noarticle)",
        "blorkfijter",
        "  not in the glossary: ⟨blorkfijter?⟩  [unknown]"), r.outLines());
  }

  @Test
  void lookupAsJson() throws Exception {
    Result r = new InProcess(config).run("glossary", "lookup", "--format", "json", "diplomaten");
    assertEquals(0, r.exitCode(), r.describe());
    JsonNode word = new ObjectMapper().readTree(r.out()).get(0);
    assertEquals("diplomaten", word.get("word").asText());
    assertEquals(0, word.get("entries").size());
    assertEquals("diplomats", word.get("gloss").get("en").asText()); // through its lemma diplomaat
  }

  @Test
  void importCsvIntoTheUserGlossaryThenGlossWithIt() throws Exception {
    Result r = new InProcess(config).run("glossary", "import", fixture("tiny.csv").toString());
    assertEquals(0, r.exitCode(), r.describe());
    // tiny.csv: 4 good entries (one of two columns); line 5 opens a quote it never closes
    assertEquals(1, r.errLines().size(), r.describe());
    assertTrue(r.errLines().get(0).endsWith("tiny.csv:5: warning: unbalanced quotes"), r.describe());
    assertTrue(r.out().contains("4 entries read, 4 added"), r.describe());
    List<String> written = Files.readAllLines(config.resolve("glossary.tsv"));
    assertEquals("betoging\tdemonstration; protest\tnoun", written.get(1));
    Result again = new InProcess(config).run("glossary", "import", fixture("tiny.csv").toString());
    assertTrue(again.out().contains("4 entries read, 0 added, 4 already there and kept"), again.describe());
    Result gloss = new InProcess(config).run("glossary", "lookup", "vrijlating");
    assertTrue(gloss.out().contains("noun: release  [glossary.tsv]  (law)"), gloss.describe());
  }

  @Test
  void importKeepsEveryLineOfTheUserGlossaryVerbatim() throws Exception {
    // Comments, odd spacing, a line without a sense, one with a bad part of speech, one with a bad
    // byte and no final line break: the user's, all of them, whether nlbrief reads them or not.
    byte[] mine = ("# my terms\n"
        + "schepen\talderman\tnoun\tBelgium\n"
        + "kapotte regel zonder tab\n"
        + "\n"
        + "zwijntje\t\tnoun\n"
        + "fiets\tbike\tblorp\n"
        + "caf\u00e9\tcafe\tnoun\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = "gek\tmad \u00ff\tadj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] before = new byte[mine.length + bad.length];
    System.arraycopy(mine, 0, before, 0, mine.length);
    System.arraycopy(bad, 0, before, mine.length, bad.length);
    Files.write(config.resolve("glossary.tsv"), before);

    Result r = new InProcess(config).run("glossary", "import", fixture("tiny.csv").toString());

    assertEquals(0, r.exitCode(), r.describe());
    byte[] after = Files.readAllBytes(config.resolve("glossary.tsv"));
    assertTrue(after.length > before.length, r.describe());
    assertEquals(java.util.HexFormat.of().formatHex(before),
        java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(after, before.length)), "the old bytes come first, unchanged");
    assertEquals('\n', after[before.length], "a line break ends the old last line");
    String added = new String(after, before.length + 1, after.length - before.length - 1, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(added.startsWith("betoging\tdemonstration; protest\tnoun\n"), added);
    assertEquals(4, added.lines().count(), added);
  }

  @Test
  void aTranslatorsCsvKeepsDefinitionsAndSubjectsAndExportsBackTheSame() throws Exception {
    Path csv = work.resolve("terms.csv");
    Files.writeString(csv, "Dutch,English,Part of speech,Definition,Subject\r\n"
        + "vrijlating,release,noun,\"setting a prisoner free,\r\nas a court orders\",law\r\n"
        + "\"onder druk zetten\",\"put under pressure\",phrase,,politics\r\n");
    Result r = new InProcess(config).run("glossary", "import", csv.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals("", r.err());
    Result exported = new InProcess(config).run("glossary", "export", "--user", "--format", "csv");
    assertEquals(0, exported.exitCode(), exported.describe());
    // the source column is where an entry comes from, not part of it: not exported
    String expected = "dutch,english,pos,note,definition,subject\r\n"
        + "onder druk zetten,put under pressure,phrase,,,politics\r\n"
        + "vrijlating,release,noun,,\"setting a prisoner free, as a court orders\",law\r\n";
    assertEquals(expected, exported.out());
    // and back: the export imported into a fresh glossary and exported again gives the same bytes,
    // in every format
    for (String format : List.of("csv", "tsv", "tbx")) {
      Path file = work.resolve("export." + format);
      assertEquals(0, new InProcess(config).run("glossary", "export", "--user", "--format", format, "-o", file.toString())
          .exitCode());
      Path other = Files.createDirectories(work.resolve("other-" + format));
      Result back = new InProcess(other).run("glossary", "import", file.toString());
      assertEquals(0, back.exitCode(), back.describe());
      assertTrue(back.out().contains("2 entries read, 2 added"), back.describe());
      assertEquals(expected, new InProcess(other).run("glossary", "export", "--user", "--format", "csv").out(), format);
    }
  }

  @Test
  void aFileThatImportsNothingIsExitFourAndWritesNothing() throws Exception {
    Path header = work.resolve("header-only.csv");
    Files.writeString(header, "dutch,english,pos,note\n");
    Result r = new InProcess(config).run("glossary", "import", header.toString());
    assertEquals(4, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + header + ": is empty (no glossary entries in it)"), r.errLines());
    assertTrue(Files.notExists(config.resolve("glossary.tsv")));

    Path bad = work.resolve("bad.csv");
    Files.writeString(bad, "land,country,nuon\n\"kapot,broken\n");
    Result b = new InProcess(config).run("glossary", "import", bad.toString());
    assertEquals(4, b.exitCode(), b.describe());
    assertEquals(List.of(
        "nlbrief: " + bad + ":1: warning: unknown part of speech 'nuon'",
        "nlbrief: " + bad + ":2: warning: unbalanced quotes",
        "nlbrief: " + bad + ": is corrupt (no glossary entry could be read: 2 problems, named above)"), b.errLines());
    assertTrue(Files.notExists(config.resolve("glossary.tsv")));
  }

  @Test
  void importFreeDictFindsTheDictdFilesInAFolder() throws Exception {
    Path dict = work.resolve("dictd");
    Files.createDirectories(dict);
    Files.copy(fixture("tiny-nld-eng.index"), dict.resolve("freedict-nld-eng.index"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(fixture("tiny-nld-eng.dict.dz"), dict.resolve("freedict-nld-eng.dict.dz"), StandardCopyOption.REPLACE_EXISTING);
    Path to = work.resolve("freedict.tsv");
    Result r = new InProcess(config).run("glossary", "import", "--freedict", dict.toString(), "--to", to.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertTrue(r.out().contains("4 entries read, 4 added"), r.describe());
    assertTrue(Files.readAllLines(to).contains("wegsturen\tdismiss; turnaway\tverb\tpos guessed"));
  }

  @Test
  void importFreeDictWhenNotInstalledIsExitThree() throws Exception {
    Result r = new InProcess(config).run("glossary", "import", "--freedict", work.toString());
    assertEquals(3, r.exitCode(), r.describe());
    assertEquals(1, r.errLines().size());
    assertTrue(r.err().contains("apt-get install dict-freedict-nld-eng"), r.describe());
    assertTrue(Files.notExists(config.resolve("glossary.tsv")));
  }

  @Test
  void exportTbxAndImportItBack() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "schepen\talderman\tnoun\tBelgium\nNAVO\tthe Alliance\tname\n");
    Path tbx = work.resolve("mine.tbx");
    Result r = new InProcess(config).run("glossary", "export", "--user", "--format", "tbx", "-o", tbx.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertTrue(Files.readString(tbx).contains("<term>alderman</term>"));
    Path back = work.resolve("back.tsv");
    Result imported = new InProcess(config).run("glossary", "import", tbx.toString(), "--to", back.toString());
    assertEquals(0, imported.exitCode(), imported.describe());
    assertEquals(List.of("# dutch\tenglish\tpos\tnote", "NAVO\tthe Alliance\tname", "schepen\talderman\tnoun\tBelgium"),
        Files.readAllLines(back));
  }

  @Test
  void exportCsvOfUserEntries() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "om\tat; around\tprep\tsays \"when\"\n");
    Result r = new InProcess(config).run("glossary", "export", "--user", "--format", "csv");
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals(List.of("dutch,english,pos,note", "om,at; around,prep,\"says \"\"when\"\"\""), r.outLines());
  }

  @Test
  void statsCountsEntriesAndCoverage() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "blorkfijter\twidget maker\tnoun\n");
    Path text = work.resolve("t.txt");
    Files.writeString(text, "Dit is een zin.\n\nDe blorkfijter en de flurp spreken.\n");
    Result r = new InProcess(config).run("glossary", "stats", text.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertTrue(r.outLines().stream().anyMatch(l -> l.matches("glossary\\.tsv\\s+1\\s+1\\s.*")), r.describe());
    assertTrue(r.outLines().stream().anyMatch(l -> l.startsWith("default ")), r.describe());
    // Dit is een zin (4) + De blorkfijter en de flurp spreken (6) = 10 words; flurp unknown
    assertTrue(r.out().contains("coverage: 9 of 10 words glossed (90.0%)"), r.describe());
    assertTrue(r.out().contains("unknown: flurp"), r.describe());
  }

  @Test
  void evalGlossPrintsBleuChrFAndCoverage() throws Exception {
    Path data = work.resolve("d.jsonl");
    Files.writeString(data,
        "{\"nl\": \"De NAVO stuurt zeven Russische diplomaten weg.\", \"en\": \"NATO sends away seven Russian diplomats.\"}\n"
            + "{\"text\": \"Dit is een zin.\\n\\nDe flurp spreekt.\"}\n");
    Result r = new InProcess(config).run("eval", "gloss", "--data", data.toString(), "--format", "json", "--unknown", "5");
    assertEquals(0, r.exitCode(), r.describe());
    JsonNode j = new ObjectMapper().readTree(r.out());
    // the one pair glosses exactly as its reference: BLEU and chrF 100
    assertEquals(100.0, j.get("BLEU").asDouble(), 1e-9);
    assertEquals(100.0, j.get("chrF").asDouble(), 1e-9);
    assertEquals(1, j.get("pairs").asInt());
    assertEquals(1, j.get("articles").asInt());
    // pair: De stuurt zeven Russische diplomaten weg (6, NAVO excluded); text: Dit is een zin De flurp spreekt (7)
    assertEquals(13, j.get("counted").asInt());
    assertEquals(12, j.get("glossed").asInt());
    assertEquals(1, j.get("unknown").get("flurp").asInt());
  }

  @Test
  void evalGlossWithoutDataIsAUsageErrorAndMissingDataExitThree() {
    assertEquals(2, new InProcess(config).run("eval", "gloss").exitCode());
    Result r = new InProcess(config).run("eval", "gloss", "--data", work.resolve("none.jsonl").toString());
    assertEquals(3, r.exitCode(), r.describe());
  }
}
