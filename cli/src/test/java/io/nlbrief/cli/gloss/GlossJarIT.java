package io.nlbrief.cli.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gloss} and {@code glossary lookup} through the shaded jar: the glossary's TSVs and the
 * English forms tables must be in the jar, and nothing may talk on stderr.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
class GlossJarIT {
  @TempDir
  Path work;

  @Test
  void glossOfTheFirstSeedSentence() throws Exception {
    Run run = nlbrief("gloss", "--text", "De NAVO stuurt zeven Russische diplomaten weg.");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(List.of("De NAVO stuurt zeven Russische diplomaten weg.", "  NATO sends away seven Russian diplomats."),
        run.out().lines().toList());
    assertEquals("", run.err(), run.describe());
  }

  @Test
  void lookupReadsTheShippedGlossary() throws Exception {
    Run run = nlbrief("glossary", "lookup", "onder druk zetten");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("phrase: put under pressure  [default]"), run.describe());
    assertEquals("", run.err(), run.describe());
  }

  private Run nlbrief(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", System.getProperty("nlbrief.jar")));
    command.addAll(List.of(args));
    Path out = work.resolve("stdout");
    Path err = work.resolve("stderr");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("NLBRIEF_CONFIG_DIR", work.resolve("config").toString());
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("nlbrief did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }

  private record Run(int exitCode, String out, String err) {
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
