package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every command shares: version, help, usage errors. */
class MainTest {
  @TempDir
  Path config;

  @Test
  void versionComesFromTheBuild() {
    Result result = new InProcess(config).run("--version");

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().matches("(?s)nlbrief \\d+\\.\\d+\\.\\d+\\S*\nLanguageTool \\d+\\.\\d+\\S*, Apache Tika \\d+\\.\\d+\\.\\d+\\S*\nJava .*"),
        result.describe());
    assertEquals("", result.err());
  }

  @Test
  void topHelpListsCommandsExitCodesAndExamples() {
    Result result = new InProcess(config).run("--help");

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().contains("parse "), result.describe());
    assertTrue(result.out().contains("Exit codes:"), result.describe());
    assertTrue(result.out().contains("Examples:"), result.describe());
  }

  @Test
  void subcommandHelpHasExamplesAndExitCodes() {
    Result result = new InProcess(config).run("parse", "--help");

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().contains("Examples:"), result.describe());
    assertTrue(result.out().contains("Exit codes:"), result.describe());
    assertTrue(result.out().contains("--max-size=SIZE"), result.describe());
  }

  @Test
  void subcommandsInheritVersion() {
    Result result = new InProcess(config).run("parse", "--version");

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().startsWith("nlbrief "), result.describe());
  }

  @Test
  void unknownOptionIsAUsageErrorOnOneLine() {
    Result result = new InProcess(config).run("parse", "--bogus", Seeds.seed(Seeds.NATO).toString());

    assertEquals(2, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: Unknown option: '--bogus'"), result.describe());
    assertEquals("", result.out());
  }

  @Test
  void badOptionValueIsAUsageError() {
    Result result = new InProcess(config).run("parse", "--format", "xml", Seeds.seed(Seeds.NATO).toString());

    assertEquals(2, result.exitCode(), result.describe());
    assertEquals(
        "nlbrief: Invalid value for option '--format': expected one of [text, json, conllu] but was 'xml'"
            + " (see 'nlbrief parse --help')",
        result.err().strip());
  }

  @Test
  void missingArgumentIsAUsageError() {
    Result result = new InProcess(config).run("parse");

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: Missing required parameter"), result.describe());
  }

  @Test
  void noCommandIsAUsageError() {
    Result result = new InProcess(config).run();

    assertEquals(2, result.exitCode(), result.describe());
    String err = result.err().strip();
    assertTrue(err.startsWith("nlbrief: a command is required: parse"), err);
    assertTrue(err.endsWith("(see 'nlbrief --help')") && err.lines().count() == 1, err);
  }

  @Test
  void usageErrorsNeverShowAStackTrace() {
    Result result = new InProcess(config).run("parse", "--debug", "--max-size", "lots", "x");

    assertEquals(2, result.exitCode(), result.describe());
    assertFalse(result.err().contains("\tat "), result.describe());
  }
}
