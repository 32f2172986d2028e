package io.nlbrief.cli.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The job on an embedded Flink 1.19 mini-cluster (two task slots), proofreading included. */
class FlinkRunnerIT {
  @TempDir
  Path temp;

  @Test
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void seedsOnAFlinkMiniCluster() throws IOException {
    RunnerGolden.seedsOn(temp, "--runner", "flink", "--parallelism", "2");
  }
}
