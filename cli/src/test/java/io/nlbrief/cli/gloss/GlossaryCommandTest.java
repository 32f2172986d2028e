package io.nlbrief.cli.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.gloss.GlossCli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief glossary lookup|import|export|stats} and {@code eval gloss}, run in-process. */
class GlossaryCommandTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  @Test
  void lookupShowsEverySenseWithItsSource() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "NAVO\tthe Alliance\tname\n");
    Result r = new GlossCli(config).run("glossary", "lookup", "NAVO", "blorkfijter");
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
    Result r = new GlossCli(config).run("glossary", "lookup", "--format", "json", "diplomaten");
    assertEquals(0, r.exitCode(), r.describe());
    JsonNode word = new ObjectMapper().readTree(r.out()).get(0);
    assertEquals("diplomaten", word.get("word").asText());
    assertEquals(0, word.get("entries").size());
    assertEquals("diplomats", word.get("gloss").get("en").asText()); // through its lemma diplomaat
  }

  @Test
  void importCsvIntoTheUserGlossaryThenGlossWithIt() throws Exception {
    Result r = new GlossCli(config).run("glossary", "import", GlossCli.fixture("tiny.csv").toString());
    assertEquals(0, r.exitCode(), r.describe());
    // tiny.csv: 3 good entries; lines 4 and 5 are bad and reported
    assertEquals(2, r.errLines().size(), r.describe());
    assertTrue(r.errLines().get(0).contains("tiny.csv:4: warning:"), r.describe());
    assertTrue(r.out().contains("3 entries read, 3 added"), r.describe());
    List<String> written = Files.readAllLines(config.resolve("glossary.tsv"));
    assertEquals("betoging\tdemonstration; protest\tnoun", written.get(1));
    Result again = new GlossCli(config).run("glossary", "import", GlossCli.fixture("tiny.csv").toString());
    assertTrue(again.out().contains("3 entries read, 0 added, 3 already there and kept"), again.describe());
    Result gloss = new GlossCli(config).run("glossary", "lookup", "vrijlating");
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

    Result r = new GlossCli(config).run("glossary", "import", GlossCli.fixture("tiny.csv").toString());

    assertEquals(0, r.exitCode(), r.describe());
    byte[] after = Files.readAllBytes(config.resolve("glossary.tsv"));
    assertTrue(after.length > before.length, r.describe());
    assertEquals(java.util.HexFormat.of().formatHex(before),
        java.util.HexFormat.of().formatHex(java.util.Arrays.copyOf(after, before.length)), "the old bytes come first, unchanged");
    assertEquals('\n', after[before.length], "a line break ends the old last line");
    String added = new String(after, before.length + 1, after.length - before.length - 1, java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(added.startsWith("betoging\tdemonstration; protest\tnoun\n"), added);
    assertEquals(3, added.lines().count(), added);
  }

  @Test
  void importFreeDictFindsTheDictdFilesInAFolder() throws Exception {
    Path dict = work.resolve("dictd");
    Files.createDirectories(dict);
    Files.copy(GlossCli.fixture("tiny-nld-eng.index"), dict.resolve("freedict-nld-eng.index"), StandardCopyOption.REPLACE_EXISTING);
    Files.copy(GlossCli.fixture("tiny-nld-eng.dict.dz"), dict.resolve("freedict-nld-eng.dict.dz"), StandardCopyOption.REPLACE_EXISTING);
    Path to = work.resolve("freedict.tsv");
    Result r = new GlossCli(config).run("glossary", "import", "--freedict", dict.toString(), "--to", to.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertTrue(r.out().contains("4 entries read, 4 added"), r.describe());
    assertTrue(Files.readAllLines(to).contains("wegsturen\tdismiss; turnaway\tverb\tpos guessed"));
  }

  @Test
  void importFreeDictWhenNotInstalledIsExitThree() throws Exception {
    Result r = new GlossCli(config).run("glossary", "import", "--freedict", work.toString());
    assertEquals(3, r.exitCode(), r.describe());
    assertEquals(1, r.errLines().size());
    assertTrue(r.err().contains("apt-get install dict-freedict-nld-eng"), r.describe());
    assertTrue(Files.notExists(config.resolve("glossary.tsv")));
  }

  @Test
  void exportTbxAndImportItBack() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "schepen\talderman\tnoun\tBelgium\nNAVO\tthe Alliance\tname\n");
    Path tbx = work.resolve("mine.tbx");
    Result r = new GlossCli(config).run("glossary", "export", "--user", "--format", "tbx", "-o", tbx.toString());
    assertEquals(0, r.exitCode(), r.describe());
    assertTrue(Files.readString(tbx).contains("<term>alderman</term>"));
    Path back = work.resolve("back.tsv");
    Result imported = new GlossCli(config).run("glossary", "import", tbx.toString(), "--to", back.toString());
    assertEquals(0, imported.exitCode(), imported.describe());
    assertEquals(List.of("# dutch\tenglish\tpos\tnote", "NAVO\tthe Alliance\tname", "schepen\talderman\tnoun\tBelgium"),
        Files.readAllLines(back));
  }

  @Test
  void exportCsvOfUserEntries() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "om\tat; around\tprep\tsays \"when\"\n");
    Result r = new GlossCli(config).run("glossary", "export", "--user", "--format", "csv");
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals(List.of("dutch,english,pos,note", "om,at; around,prep,\"says \"\"when\"\"\""), r.outLines());
  }

  @Test
  void statsCountsEntriesAndCoverage() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "blorkfijter\twidget maker\tnoun\n");
    Path text = work.resolve("t.txt");
    Files.writeString(text, "Dit is een zin.\n\nDe blorkfijter en de flurp spreken.\n");
    Result r = new GlossCli(config).run("glossary", "stats", text.toString());
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
    Result r = new GlossCli(config).run("eval", "gloss", "--data", data.toString(), "--format", "json", "--unknown", "5");
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
    assertEquals(2, new GlossCli(config).run("eval", "gloss").exitCode());
    Result r = new GlossCli(config).run("eval", "gloss", "--data", work.resolve("none.jsonl").toString());
    assertEquals(3, r.exitCode(), r.describe());
  }
}
