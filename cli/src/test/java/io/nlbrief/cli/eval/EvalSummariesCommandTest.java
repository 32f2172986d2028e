package io.nlbrief.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief eval summaries} on two small articles written for this test. */
class EvalSummariesCommandTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  // Article a: its headline shares "brug utrecht dicht" with sentence 1 only.
  private static final String DATA = String.join("\n",
      "{\"id\": \"a\", \"title\": \"Brug Utrecht dicht\", \"reference\": \"Brug Utrecht dicht\", \"reference_kind\": \"headline\", "
          + "\"text\": \"De brug in Utrecht gaat dicht. Fietsers moeten omrijden via het centrum. De reparatie duurt drie maanden.\"}",
      "{\"id\": \"b\", \"title\": \"Boeren vrezen droogte\", \"reference\": \"Boeren vrezen droogte\", \"reference_kind\": \"headline\", "
          + "\"text\": \"Het was gisteren warm. De boeren in Drenthe vrezen droogte. Het KNMI verwacht regen.\"}",
      "");

  private Path data() throws IOException {
    return Files.writeString(work.resolve("data.jsonl"), DATA, StandardCharsets.UTF_8);
  }

  @Test
  void scoresEveryMethodAndAnExternalSystemSideBySide() throws IOException {
    Path external = Files.createDirectories(work.resolve("other"));
    // System "copy" returns the reference itself for a and nothing at all for b: R1 = 100 and 0.
    Files.writeString(external.resolve("a.txt"), "Brug Utrecht dicht.");

    Result result = new InProcess(config).run("eval", "summaries", "--data", data().toString(),
        "--sentences", "1", "--format", "json", "--external", "copy=" + external);

    assertEquals(0, result.exitCode(), result.describe());
    JsonNode json = new ObjectMapper().readTree(result.out());
    assertEquals(2, json.get("articles").asInt());
    assertEquals("headline", json.get("referenceKind").asText());
    List<String> names = json.get("systems").findValuesAsText("name");
    assertEquals(List.of("default", "lexrank", "lead", "copy"), names);
    JsonNode lead = json.get("systems").get(2);
    // lead, 1 sentence. a: "de brug in utrecht gaat dicht" (6) vs "brug utrecht dicht" (3): overlap 3,
    //   P = 3/6, R = 3/3, F1 = 2·0.5·1/1.5 = 2/3. b: "het was gisteren warm" vs "boeren vrezen
    //   droogte": overlap 0. Mean F1 = (2/3 + 0)/2 = 1/3 → 33.333; recall (1 + 0)/2 = 50.
    assertEquals(33.333, lead.get("rouge1").get("f1").asDouble(), 1e-9);
    assertEquals(50.0, lead.get("rouge1").get("recall").asDouble(), 1e-9);
    // ROUGE-2 of a: bigrams of the candidate 5, of the reference 2 (brug utrecht, utrecht dicht),
    //   overlap 0 ("brug in", "in utrecht"): 0.
    assertEquals(0.0, lead.get("rouge2").get("f1").asDouble(), 1e-9);
    // ROUGE-L of a: LCS brug utrecht dicht = 3: F1 2/3 as ROUGE-1; b 0; mean 33.333.
    assertEquals(33.333, lead.get("rougeL").get("f1").asDouble(), 1e-9);
    JsonNode copy = json.get("systems").get(3);
    assertTrue(copy.get("external").asBoolean());
    // a: identical, F1 = 1; b: no file, 0. Mean 50.
    assertEquals(50.0, copy.get("rouge1").get("f1").asDouble(), 1e-9);
    assertEquals(50.0, copy.get("rouge2").get("f1").asDouble(), 1e-9);
    assertEquals(List.of("nlbrief: copy: warning: 1 of the articles have no summary file; each scores 0"), result.errLines());
  }

  @Test
  void theTitleIsWithheldWhenItIsTheReference() throws IOException {
    // With the title "Boeren vrezen droogte" the default would take sentence 2 of b for its headline
    // overlap; withheld, b's summary does not know the answer, and lead and default agree on it.
    Result result = new InProcess(config).run("eval", "summaries", "--data", data().toString(),
        "--sentences", "1", "--format", "json", "--method", "default,lead");

    assertEquals(0, result.exitCode(), result.describe());
    JsonNode systems = new ObjectMapper().readTree(result.out()).get("systems");
    assertEquals(systems.get(0).get("rouge1").toString(), systems.get(1).get("rouge1").toString());
  }

  @Test
  void textTableListsEveryMethod() throws IOException {
    Result result = new InProcess(config).run("eval", "summaries", "--data", data().toString());

    assertEquals(0, result.exitCode(), result.describe());
    List<String> lines = result.outLines();
    assertTrue(lines.get(0).startsWith("data.jsonl: 2 articles, 3 sentences per summary, reference: headline (title withheld"), result.describe());
    assertTrue(lines.get(1).matches("method +R1-F +R2-F +RL-F .*"), result.describe());
    assertTrue(lines.get(2).startsWith("default "), result.describe());
    assertTrue(lines.get(3).startsWith("lexrank "), result.describe());
    assertTrue(lines.get(4).startsWith("lead "), result.describe());
  }

  @Test
  void missingDataExitsThree() {
    Result result = new InProcess(config).run("eval", "summaries", "--data", work.resolve("none.jsonl").toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains("none.jsonl: no such file"), result.describe());
  }

  @Test
  void brokenLineIsRefused() throws IOException {
    Path bad = Files.writeString(work.resolve("bad.jsonl"), "{\"text\": \"x\"}\n");
    Result result = new InProcess(config).run("eval", "summaries", "--data", bad.toString());

    assertEquals(4, result.exitCode(), result.describe());
    assertTrue(result.err().contains("line 1 lacks \"text\" or \"reference\""), result.describe());
  }

  @Test
  void evalAloneAsksWhatToEvaluate() {
    Result result = new InProcess(config).run("eval");

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().contains("say what to evaluate: summaries"), result.describe());
  }
}
