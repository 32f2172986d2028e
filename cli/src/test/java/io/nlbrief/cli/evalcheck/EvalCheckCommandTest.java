package io.nlbrief.cli.evalcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
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

  @Test
  void knownErrorsFileGivesItsFirstColumn() throws Exception {
    Path file = Files.writeString(work.resolve("known.tsv"),
        "# comment\nspelfouten-0089\t\"staats tv\" wants a hyphen\n\n  spelfouten-0098\t\"nog al\"\n");

    assertEquals(java.util.List.of("spelfouten-0089", "spelfouten-0098"),
        java.util.List.copyOf(EvalCheckCommand.readIds(file)));
  }

  @Test
  void missingKnownErrorsFileExitsThree() throws IOException {
    Path data = Files.writeString(work.resolve("e.jsonl"), "{\"id\": \"a\", \"wrong\": \"hij word\", \"right\": \"hij wordt\"}\n");
    Result result = new InProcess(config).run("eval", "check", "--errors", data.toString(),
        "--known-errors", work.resolve("none.tsv").toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains("none.tsv: no such file"), result.describe());
  }

  @Test
  void knownErrorsFileWithoutIdsIsRefused() throws IOException {
    Path data = Files.writeString(work.resolve("e.jsonl"), "{\"id\": \"a\", \"wrong\": \"hij word\", \"right\": \"hij wordt\"}\n");
    Path empty = Files.writeString(work.resolve("empty.tsv"), "# only a comment\n");
    Result result = new InProcess(config).run("eval", "check", "--errors", data.toString(), "--known-errors", empty.toString());

    assertEquals(4, result.exitCode(), result.describe());
    assertTrue(result.err().contains("empty.tsv"), result.describe());
  }
  @Test
  void missingTreebankExitsThreeWithOneLine() {
    Result result = new InProcess(config).run("eval", "check", "--inject", work.resolve("none.conllu").toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains("none.conllu: no such file"), result.describe());
  }

  @Test
  void unknownPartIsAUsageError() throws IOException {
    Path data = Files.writeString(work.resolve("n.jsonl"), "{\"id\": \"a\", \"text\": \"Hij wordt groot.\"}\n");
    Result result = new InProcess(config).run("eval", "check", "--inject", data.toString(), "--part", "half");

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().contains("--part is tune, report or all"), result.describe());
  }
}
