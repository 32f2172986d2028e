package io.nlbrief.cli.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The job on Spark 3.5 in {@code local[2]}, proofreading included (needs failsafe's --add-opens). */
class SparkRunnerIT {
  @TempDir
  Path temp;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void seedsOnSparkLocal() throws IOException {
    RunnerGolden.seedsOn(temp, "--runner", "spark", "--master", "local[2]");
  }
}
