package io.nlbrief.cli.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief gloss}, run in-process. */
class GlossCommandTest {
  private static final String SENTENCE = "De NAVO stuurt zeven Russische diplomaten weg.";

  @TempDir
  Path config;

  @TempDir
  Path work;

  @Test
  void lineLayoutPutsTheEnglishUnderTheDutch() {
    Result r = new InProcess(config).run("gloss", "--text", SENTENCE);
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals(List.of(SENTENCE, "  NATO sends away seven Russian diplomats."), r.outLines());
    assertEquals("", r.err());
  }

  @Test
  void jsonHasDutchEnglishTokensWithOriginsAndUnknowns() throws Exception {
    Result r = new InProcess(config).run("gloss", "--format", "json", "--text", "De blorkfijter stuurt zeven diplomaten weg.");
    assertEquals(0, r.exitCode(), r.describe());
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertEquals(1, root.get("schemaVersion").asInt());
    JsonNode s = root.get("sentences").get(0);
    assertEquals("De blorkfijter stuurt zeven diplomaten weg.", s.get("nl").asText());
    assertEquals("The ⟨blorkfijter?⟩ sends away seven diplomats.", s.get("en").asText());
    JsonNode stuurt = s.get("tokens").get(2);
    assertEquals("stuurt", stuurt.get("nl").asText());
    assertEquals("sends away", stuurt.get("en").asText());
    assertEquals("separable:wegsturen", stuurt.get("origin").asText());
    assertEquals(15, stuurt.get("start").asInt()); // "De blorkfijter " is 15 characters
    assertEquals(21, stuurt.get("end").asInt());
    assertEquals("unknown", s.get("tokens").get(1).get("origin").asText());
    assertEquals("blorkfijter", s.get("unknown").get(0).asText());
    assertEquals(1, s.get("unknown").size());
    // De, blorkfijter, stuurt, zeven, diplomaten, weg: 6 words, 5 glossed
    assertEquals(5, root.get("coverage").get("glossed").asInt());
    assertEquals(6, root.get("coverage").get("counted").asInt());
  }

  @Test
  void jsonCountsEnglishWordsApartFromGlossedAndUnknown() throws Exception {
    Result r = new InProcess(config).run("gloss", "--format", "json", "--text",
        "De blorkfijter bekeek de livestream.");
    assertEquals(0, r.exitCode(), r.describe());
    JsonNode root = new ObjectMapper().readTree(r.out());
    JsonNode livestream = root.get("sentences").get(0).get("tokens").get(4);
    assertEquals("livestream", livestream.get("en").asText());
    assertEquals("foreign", livestream.get("origin").asText());
    // de, blorkfijter, bekeek, de, livestream: 5 counted, 3 glossed, 1 passed through, 1 unknown
    JsonNode coverage = root.get("coverage");
    assertEquals(5, coverage.get("counted").asInt());
    assertEquals(3, coverage.get("glossed").asInt());
    assertEquals(1, coverage.get("foreign").asInt());
    assertEquals(1, coverage.get("unknown").asInt());
  }

  @Test
  void lineIsInEnglishOrderAndLiteralInDutchOrder() throws Exception {
    String dutch = "Gisteren kocht hij een nieuwe fiets.";
    Result line = new InProcess(config).run("gloss", "--text", dutch);
    assertEquals(0, line.exitCode(), line.describe());
    assertEquals(List.of(dutch, "  Yesterday he bought a new bicycle."), line.outLines());
    Result literal = new InProcess(config).run("gloss", "--layout", "literal", "--text", dutch);
    assertEquals(List.of(dutch, "  Yesterday bought he a new bicycle."), literal.outLines());
    Result json = new InProcess(config).run("gloss", "--format", "json", "--text", dutch);
    JsonNode s = new ObjectMapper().readTree(json.out()).get("sentences").get(0);
    assertEquals("Yesterday he bought a new bicycle.", s.get("en").asText());
    assertEquals("Yesterday bought he a new bicycle.", s.get("literal").asText());
    assertFalse(s.get("uncertain").asBoolean());
    JsonNode hij = s.get("tokens").get(2);
    assertEquals("hij", hij.get("nl").asText());
    assertEquals(1, hij.get("position").asInt());
    assertEquals("order:subject-before-verb", hij.get("moved").asText());
    assertTrue(s.get("tokens").get(1).get("moved").isNull());
  }

  @Test
  void interlinearWrapsToColumns() {
    Result r = new InProcess(config).env("COLUMNS", "30").run("gloss", "--layout", "interlinear", "--text", SENTENCE);
    assertEquals(0, r.exitCode(), r.describe());
    // columns: De/·, NAVO/NATO, stuurt/sends away, zeven/seven, Russische/Russian, diplomaten/diplomats, weg./·.,
    // each English word with its place in the rendering (Dutch and English order agree here)
    assertEquals(List.of(
        "De  NAVO   stuurt       zeven",
        "·   NATO₁  sends away₂  seven₃",
        "Russische  diplomaten  weg.",
        "Russian₄   diplomats₅  ·."), r.outLines());
    r.outLines().forEach(line -> assertTrue(line.length() <= 30, line));
  }

  @Test
  void widthOptionBeatsColumns() {
    Result r = new InProcess(config).env("COLUMNS", "30").run("gloss", "--layout", "interlinear", "--width", "200",
        "--text", SENTENCE);
    assertEquals(2, r.outLines().size(), r.describe());
  }

  @Test
  void seedsInABatchAreJsonLinesInInputOrder() throws Exception {
    Path nato = InProcess.seed("000_9f455500eaf14fbe.txt");
    Path ministers = InProcess.seed("003_25caa356529a62af.txt");
    Result r = new InProcess(config).run("gloss", "--format", "json", nato.toString(), ministers.toString());
    assertEquals(0, r.exitCode(), r.describe());
    List<String> lines = r.outLines();
    assertEquals(2, lines.size());
    ObjectMapper m = new ObjectMapper();
    assertEquals(nato.toString(), m.readTree(lines.get(0)).get("file").asText());
    assertEquals(ministers.toString(), m.readTree(lines.get(1)).get("file").asText());
    assertEquals("NATO sends away seven Russian diplomats.",
        m.readTree(lines.get(0)).get("sentences").get(0).get("en").asText());
  }

  @Test
  void userGlossaryFromConfigFolderAndOption() throws Exception {
    Files.writeString(config.resolve("glossary.tsv"), "diplomaat\tenvoy\tnoun\n");
    Path mine = work.resolve("mine.csv");
    Files.writeString(mine, "dutch,english,pos,note\nzeven,7,num,\n");
    Result r = new InProcess(config).run("gloss", "--glossary", mine.toString(), "--text", SENTENCE);
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals("  NATO sends away 7 Russian envoys.", r.outLines().get(1));
  }

  @Test
  void badGlossaryLinesAreWarningsAndTheRestLoads() throws Exception {
    Path mine = work.resolve("mine.tsv");
    Files.writeString(mine, "diplomaat\tenvoy\tnoun\nkapot\n");
    Result r = new InProcess(config).run("gloss", "--glossary", mine.toString(), "--text", SENTENCE);
    assertEquals(0, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + mine + ":2: warning: expected 3 to 6 columns (dutch, english, pos, note, definition, subject), found 1"),
        r.errLines());
    assertTrue(r.out().contains("Russian envoys."), r.describe());
  }

  @Test
  void aBadByteInTheUserGlossaryIsAnInputErrorNamingFileAndLine() throws Exception {
    Path own = config.resolve("glossary.tsv");
    // Line 2 is Latin-1 (é as the one byte 0xE9), not UTF-8.
    Files.write(own, new byte[] {'z', 'e', 'v', 'e', 'n', '\t', '7', '\t', 'n', 'u', 'm', '\n',
        'c', 'a', 'f', (byte) 0xE9, '\t', 'c', 'a', 'f', 'e', '\t', 'n', 'o', 'u', 'n', '\n'});
    Result r = new InProcess(config).run("gloss", "--text", SENTENCE);
    assertEquals(4, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + own + ":2: has bytes that are invalid in its encoding (UTF-8)"), r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void missingGlossaryIsExitThree() {
    Path missing = work.resolve("nope.tsv");
    Result r = new InProcess(config).run("gloss", "--glossary", missing.toString(), "--text", SENTENCE);
    assertEquals(3, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + missing + ": no such file"), r.errLines());
    assertEquals("", r.out());
  }

  @Test
  void englishIsAmericanUnlessBritishIsAsked() {
    String dutch = "‘Wij organiseren het in het centrum’, zei meneer Jansen.";
    Result american = new InProcess(config).run("gloss", "--text", dutch);
    assertEquals(0, american.exitCode(), american.describe());
    assertEquals(List.of(dutch, "  \"We organize it in the center,\" Mr. Jansen said."), american.outLines());
    Result british = new InProcess(config).run("gloss", "--english", "british", "--text", dutch);
    assertEquals(0, british.exitCode(), british.describe());
    assertEquals(List.of(dutch, "  'We organise it in the centre', Mr Jansen said."), british.outLines());
    Result named = new InProcess(config).run("gloss", "--english", "American", "--text", dutch);
    assertEquals(american.outLines(), named.outLines());
  }

  /** The JSON names the variant: most lines read the same in both, so the lines cannot tell it. */
  @Test
  void jsonNamesTheEnglishOfItsRenderings() throws Exception {
    String dutch = "De minister opent het nieuwe centrum.";
    ObjectMapper mapper = new ObjectMapper();
    Result american = new InProcess(config).run("gloss", "--format", "json", "--text", dutch);
    assertEquals(0, american.exitCode(), american.describe());
    JsonNode us = mapper.readTree(american.out());
    assertEquals("american", us.get("english").asText());
    assertTrue(us.at("/sentences/0/en").asText().contains("center"), american.out());
    Result british = new InProcess(config).run("gloss", "--format", "json", "--english", "british", "--text", dutch);
    assertEquals(0, british.exitCode(), british.describe());
    JsonNode gb = mapper.readTree(british.out());
    assertEquals("british", gb.get("english").asText());
    assertTrue(gb.at("/sentences/0/en").asText().contains("centre"), british.out());
    assertEquals(1, gb.get("schemaVersion").asInt(), "an added key is no new schema version");
    // In a batch, every object (one per input) names it.
    Path one = Files.writeString(work.resolve("een.txt"), "Het museum organiseert een tentoonstelling.\n");
    Path two = Files.writeString(work.resolve("twee.txt"), dutch + "\n");
    Result batch = new InProcess(config).run("gloss", "--format", "json", "--english", "british", one.toString(), two.toString());
    assertEquals(0, batch.exitCode(), batch.describe());
    assertEquals(2, batch.outLines().size(), batch.describe());
    for (String line : batch.outLines()) {
      assertEquals("british", mapper.readTree(line).get("english").asText(), line);
    }
  }

  @Test
  void anUnknownEnglishIsAUsageError() {
    Result r = new InProcess(config).run("gloss", "--english", "australian", "--text", SENTENCE);
    assertEquals(2, r.exitCode(), r.describe());
    assertTrue(r.err().contains("--english"), r.describe());
    assertTrue(r.err().contains("expected american or british but was 'australian'"), r.describe());
    assertEquals("", r.out());
  }

  @Test
  void noInputIsAUsageError() {
    Result r = new InProcess(config).run("gloss");
    assertEquals(2, r.exitCode(), r.describe());
    assertTrue(r.err().startsWith("nlbrief: give files to gloss, or --text"), r.describe());
  }

  @Test
  void aMissingFileInABatchDoesNotStopTheOthers() {
    Path nato = InProcess.seed("000_9f455500eaf14fbe.txt");
    Path missing = work.resolve("missing.txt");
    Result r = new InProcess(config).run("gloss", missing.toString(), nato.toString());
    assertEquals(3, r.exitCode(), r.describe());
    assertEquals(List.of("nlbrief: " + missing + ": no such file", "1 succeeded, 1 failed"), r.errLines());
    assertTrue(r.out().contains("==> " + nato + " <=="), r.describe());
  }
}
