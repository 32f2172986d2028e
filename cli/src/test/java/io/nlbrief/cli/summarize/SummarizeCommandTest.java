package io.nlbrief.cli.summarize;

import io.nlbrief.cli.testing.InProcess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief summarize}, run in-process on the seeds. */
class SummarizeCommandTest {
  private static final String NATO_1 = "De NAVO stuurt zeven Russische diplomaten weg.";
  private static final String NATO_4 =
      "Rusland beschuldigt intussen Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.";
  private static final String NATO_11 =
      "Maandag besloten de VS, Canada en een groot aantal EU-landen, waaronder Nederland, om Russische diplomaten uit te zetten.";

  @TempDir
  Path config;

  @TempDir
  Path work;

  private final String nato = InProcess.seed("000_9f455500eaf14fbe.txt").toString();
  private final String ministers = InProcess.seed("003_25caa356529a62af.txt").toString();

  @Test
  void textIsJustTheSentencesOnePerLine() {
    Result result = new InProcess(config).run("summarize", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals(List.of(NATO_1, NATO_4, NATO_11), result.outLines());
    assertEquals("", result.err());
  }

  @Test
  void verboseAddsAHeaderOfCommentLines() {
    Result result = new InProcess(config).run("summarize", "--verbose", nato);

    assertEquals(0, result.exitCode(), result.describe());
    List<String> lines = result.outLines();
    assertEquals("# file: " + nato, lines.get(0));
    assertTrue(lines.contains("# method: default"), result.describe());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("# entities: Rusland (place, 5), NAVO (organisation, 4), Jens Stoltenberg (person, 3)")),
        result.describe());
    assertEquals(List.of(NATO_1, NATO_4, NATO_11), lines.stream().filter(l -> !l.startsWith("# ")).toList());
  }

  @Test
  void lengthOptions() {
    assertEquals(1, new InProcess(config).run("summarize", "--sentences", "1", nato).outLines().size());
    // 20 eligible sentences × 0.2 = 4
    assertEquals(4, new InProcess(config).run("summarize", "--ratio", "0.2", nato).outLines().size());
    // about 17 words a sentence: 40 words are 2 sentences
    assertEquals(2, new InProcess(config).run("summarize", "--words", "40", nato).outLines().size());
  }

  @Test
  void lengthOptionsExcludeEachOther() {
    Result result = new InProcess(config).run("summarize", "--sentences", "2", "--ratio", "0.5", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains("mutually exclusive"), result.describe());
  }

  @Test
  void configDefaultLengthAppliesAndTheCommandLineWins() throws IOException {
    Files.writeString(config.resolve("config.properties"), "summarize.sentences=5\n");

    assertEquals(5, new InProcess(config).run("summarize", nato).outLines().size());
    // 20 eligible × 0.1 = 2: a length given on the command line replaces the configured one.
    Result ratio = new InProcess(config).run("summarize", "--ratio", "0.1", nato);
    assertEquals(0, ratio.exitCode(), ratio.describe());
    assertEquals(2, ratio.outLines().size(), ratio.describe());
  }

  @Test
  void badLengthIsAUsageError() {
    Result result = new InProcess(config).run("summarize", "--ratio", "1.5", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: a ratio is a fraction above 0 and at most 1, not 1.5"), result.describe());
  }

  @Test
  void methodLeadTakesTheFirstSentences() {
    Result result = new InProcess(config).run("summarize", "--method", "lead", "--sentences", "2", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals(List.of(NATO_1,
        "Hun accreditatie bij het westerse bondgenootschap wordt ingetrokken en die van drie anderen geweigerd."), result.outLines());
  }

  @Test
  void unknownMethodIsAUsageErrorNamingTheChoices() {
    Result result = new InProcess(config).run("summarize", "--method", "magic", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().contains("unknown method 'magic': expected one of default, lexrank, lead"), result.describe());
  }

  @Test
  void jsonHasSentencesWithOffsetsKeyTermsAndEntities() throws IOException {
    Result result = new InProcess(config).run("summarize", "--format", "json", nato);

    assertEquals(0, result.exitCode(), result.describe());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(nato, json.get("file").asText());
    assertEquals("default", json.get("method").asText());
    String text = Files.readString(Path.of(nato), StandardCharsets.UTF_8);
    JsonNode sentences = json.get("sentences");
    assertEquals(3, sentences.size());
    assertEquals(NATO_1, sentences.get(0).get("text").asText());
    for (JsonNode s : sentences) {
      assertEquals(s.get("text").asText(), text.substring(s.get("start").asInt(), s.get("end").asInt()));
      assertTrue(s.get("score").isNumber());
    }
    assertEquals("Russische diplomaten", json.get("keyTerms").get(0).get("term").asText());
    JsonNode first = json.get("entities").get(0);
    assertEquals("Rusland", first.get("name").asText());
    assertEquals("place", first.get("type").asText());
    assertEquals(5, first.get("mentions").asInt());
    assertTrue(result.out().startsWith("{\n  \"schemaVersion\": 1,\n"), "one input: pretty-printed");
  }

  @Test
  void severalInputsInJsonAreJsonLinesInInputOrder() throws IOException {
    Result result = new InProcess(config).run("summarize", "--format", "json", nato, ministers);

    assertEquals(0, result.exitCode(), result.describe());
    List<String> lines = result.outLines();
    assertEquals(2, lines.size(), result.describe());
    ObjectMapper mapper = new ObjectMapper();
    assertEquals(nato, mapper.readTree(lines.get(0)).get("file").asText());
    assertEquals(ministers, mapper.readTree(lines.get(1)).get("file").asText());
  }

  @Test
  void batchInTextHasHeadersAndAttemptsEveryInput() throws IOException {
    Path empty = Files.createFile(work.resolve("empty.txt"));

    Result result = new InProcess(config).run("summarize", nato, empty.toString(), ministers);

    assertEquals(4, result.exitCode(), result.describe());
    assertEquals(List.of("nlbrief: " + empty + ": is empty", "2 succeeded, 1 failed"), result.errLines());
    List<String> lines = result.outLines();
    assertEquals("==> " + nato + " <==", lines.get(0));
    assertEquals(NATO_1, lines.get(1));
    assertTrue(lines.contains("==> " + ministers + " <=="), result.describe());
  }

  @Test
  void standardInput() throws IOException {
    Result result = new InProcess(config).stdin(Files.readAllBytes(Path.of(nato))).run("summarize", "-");

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals(List.of(NATO_1, NATO_4, NATO_11), result.outLines());
  }

  @Test
  void missingFileExitsThree() {
    String missing = work.resolve("missing.txt").toString();
    Result result = new InProcess(config).run("summarize", missing);

    assertEquals(3, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + missing + ": no such file"), result.describe());
  }

  @Test
  void outputFile() throws IOException {
    Path target = work.resolve("summary.txt");
    Result result = new InProcess(config).run("summarize", "-o", target.toString(), nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals("", result.out());
    assertEquals(List.of(NATO_1, NATO_4, NATO_11), Files.readAllLines(target));
  }
}
