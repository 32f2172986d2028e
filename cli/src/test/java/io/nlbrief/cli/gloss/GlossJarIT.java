package io.nlbrief.cli.gloss;

import io.nlbrief.parser.testing.JarRunner;
import io.nlbrief.parser.testing.JarRunner.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
    return new JarRunner(work).run(args);
  }
}
