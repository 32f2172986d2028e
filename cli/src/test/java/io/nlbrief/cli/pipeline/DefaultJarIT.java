package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The default jar has no Beam: {@code pipeline} there says how to get the pipeline jar. */
class DefaultJarIT {
  @TempDir
  Path temp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void pipelineOnTheDefaultJarNamesThePipelineJar() throws IOException, InterruptedException {
    String jar = System.getProperty("nlbrief.jar", "target/nlbrief.jar");
    Process p = new ProcessBuilder("java", "-jar", jar, "pipeline", "-o", temp.resolve("out").toString(), "x.txt")
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), err);
    assertTrue(err.contains("nlbrief-pipeline.jar") && err.contains("-Ppipeline"), err);
    assertEquals(1, err.lines().count(), err);
  }
}
