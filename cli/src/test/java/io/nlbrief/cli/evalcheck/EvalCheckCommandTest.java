package io.nlbrief.cli.evalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.summarize.InProcess;
import io.nlbrief.cli.summarize.InProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad data sets for {@code nlbrief eval check}: refused before LanguageTool is loaded. */
class EvalCheckCommandTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  @Test
  void missingDataExitsThreeWithOneLine() {
    Result result = new InProcess(config).run("eval", "check", "--news", work.resolve("none.jsonl").toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains("none.jsonl: no such file"), result.describe());
  }

  @Test
  void lineThatIsNotJsonIsRefusedWithItsNumber() throws IOException {
    Path bad = Files.writeString(work.resolve("bad.jsonl"), "{\"wrong\": \"hij word\", \"right\": \"hij wordt\"}\n\nnot json\n");
    Result result = new InProcess(config).run("eval", "check", "--errors", bad.toString());

    assertEquals(4, result.exitCode(), result.describe());
    assertTrue(result.err().contains("line 3 is not JSON"), result.describe());
    assertTrue(!result.err().contains("\tat "), "no stack trace without --debug: " + result.describe());
  }
}
