package io.nlbrief.cli;

import io.nlbrief.parser.testing.JarRunner;
import io.nlbrief.parser.testing.JarRunner.Run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts the shaded jar as a user would, to catch what only the real jar shows: a lost
 * ServiceLoader entry, a logging binding that went missing, libraries talking on stderr. Failsafe
 * passes the jar's path after {@code package}; a {@code -Dtest} pattern that also matches this
 * class in Surefire's earlier run, before the jar exists, skips it.
 */
@EnabledIfSystemProperty(named = "nlbrief.jar", matches = ".+")
class ParseJarIT {
  /** Lines libraries print when their logging is not bound or not silenced. */
  private static final List<String> NOISE = List.of("SLF4J", "Log4j API", "StatusLogger", "WARN", "WARNING", "INFO");

  @TempDir
  Path work;

  @Test
  void seedOutlineHasTheHeadlineAndNothingElseIsSaid() throws Exception {
    Run run = nlbrief("parse", Seeds.seed(Seeds.NATO).toString());

    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains(Seeds.NATO_HEADLINE), run.describe());
    assertEquals("", run.err(), run.describe());
  }

  @Test
  void pdfAndHtmlParseWithoutLoggingNoise() throws Exception {
    Path pdf = fixture("navo-artikel.pdf");
    Path html = fixture("navo-artikel.html");

    // JSON tags the text, so LanguageTool runs too; both go through Tika.
    Run run = nlbrief("parse", "--format", "json", pdf.toString(), html.toString());

    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(2, run.out().lines().count(), run.describe());
    assertTrue(run.out().contains("NAVO stuurt Russische diplomaten weg"), run.describe());
    assertEquals("2 succeeded, 0 failed\n", run.err(), "only the batch's count line: " + run.describe());
  }

  @Test
  void debugLetsLibraryLoggingThroughTheOneBinding() throws Exception {
    Run run = nlbrief("parse", "--debug", fixture("navo-artikel.html").toString());

    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.err().contains("DEBUG "), "slf4j-simple at debug level: " + run.describe());
    assertFalse(run.err().contains("SLF4J:"), run.describe());
    assertFalse(run.err().contains("StatusLogger"), run.describe());
  }

  @Test
  void missingFileIsOneLineAndExitThree() throws Exception {
    Path missing = work.resolve("missing.txt");

    Run run = nlbrief("parse", missing.toString());

    assertEquals(3, run.exitCode(), run.describe());
    assertEquals("nlbrief: " + missing + ": no such file", run.err().strip());
    NOISE.forEach(noise -> assertFalse(run.err().contains(noise), run.describe()));
  }

  private Path fixture(String name) throws IOException {
    try (InputStream in = ParseJarIT.class.getResourceAsStream(name)) {
      Path file = work.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }

  private Run nlbrief(String... args) throws Exception {
    return new JarRunner(work).run(args);
  }
}
