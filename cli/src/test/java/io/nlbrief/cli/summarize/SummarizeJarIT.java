package io.nlbrief.cli.summarize;

import io.nlbrief.parser.testing.JarRunner;
import io.nlbrief.parser.testing.JarRunner.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code summarize} and {@code eval summaries} through the shaded jar, as a user runs them: the
 * stop-word resource must be in the jar and nothing may talk on stderr. Failsafe passes the jar's
 * path after {@code package}.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
class SummarizeJarIT {
  @TempDir
  Path work;

  @Test
  void seedSummaryIsThreeLinesAndStderrIsQuiet() throws Exception {
    Run run = nlbrief("summarize", io.nlbrief.cli.Seeds.seed("000_9f455500eaf14fbe.txt").toString());

    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of(
        "De NAVO stuurt zeven Russische diplomaten weg.",
        "Rusland beschuldigt intussen Washington ervan andere landen onder druk te zetten om massaal diplomaten uit te zetten.",
        "Maandag besloten de VS, Canada en een groot aantal EU-landen, waaronder Nederland, om Russische diplomaten uit te zetten."),
        run.out().lines().toList());
    assertEquals("", run.err(), run.describe());
  }

  @Test
  void evalSummariesPrintsTheTable() throws Exception {
    Path data = Files.writeString(work.resolve("data.jsonl"),
        "{\"id\": \"a\", \"reference\": \"Brug Utrecht dicht\", \"reference_kind\": \"headline\", "
            + "\"text\": \"De brug in Utrecht gaat dicht. Fietsers moeten omrijden.\"}\n");

    Run run = nlbrief("eval", "summaries", "--data", data.toString(), "--sentences", "1");

    assertEquals(0, run.exitCode(), run.describe());
    // One article, lead = default = "de brug in utrecht gaat dicht": ROUGE-1 F1 2/3 → 66.7.
    assertTrue(run.out().lines().anyMatch(l -> l.matches("lead +66\\.7 .*")), run.describe());
    assertEquals("", run.err(), run.describe());
  }

  private Run nlbrief(String... args) throws Exception {
    return new JarRunner(work).run(args);
  }
}
