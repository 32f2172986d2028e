package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.Seeds;
import io.nlbrief.cli.testing.InProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The check every runner's test makes: the seeds' records equal {@code brief --format json}'s. */
final class RunnerGolden {
  private RunnerGolden() {}

  static void seedsOn(Path temp, String... runnerOptions) throws IOException {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    List<String> seeds = List.of(Seeds.seed(Seeds.NATO).toString(), Seeds.seed(Seeds.MINISTERS).toString());
    Path out = temp.resolve("out");
    List<String> args = new ArrayList<>(List.of("pipeline", "-o", out.toString()));
    args.addAll(List.of(runnerOptions));
    args.addAll(seeds);
    InProcess.Result run = nlbrief.run(args);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.err().contains("2 succeeded, 0 failed"), run.describe());
    Map<String, String> expected = PipelineRecords.briefJson(nlbrief, List.of(), seeds);
    Map<String, String> actual = PipelineRecords.records(out);
    assertEquals(expected, actual);
  }
}
