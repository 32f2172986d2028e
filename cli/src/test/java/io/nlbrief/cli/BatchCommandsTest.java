package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command that reads several inputs runs them through one batch runner. */
class BatchCommandsTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  private Path write(String name, String text) throws IOException {
    Path file = work.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private Path article(String name, String subject) throws IOException {
    return write(name, subject + " stuurt diplomaten weg\n\nDe NAVO stuurt zeven Russische diplomaten weg. "
        + subject + " reageert boos op het besluit van het bondgenootschap.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "check", "summarize", "gloss", "brief"})
  void anEmptyFolderIsSaidAsSuch(String command) throws IOException {
    Path empty = Files.createDirectories(work.resolve("empty"));
    Result result = new InProcess(config).run(command, empty.toString());
    assertEquals(4, result.exitCode(), result.describe());
    assertEquals(List.of("nlbrief: " + empty + ": is empty (a folder with no files to read)", "0 succeeded, 1 failed"),
        result.errLines());
  }

  @Test
  void aFullDiskFailsEachInputAndTheCountLineStillComes() throws IOException {
    Path full = Path.of("/dev/full");
    Assumptions.assumeTrue(Files.exists(full), "no /dev/full here");
    Path a = article("a.txt", "Rusland");
    Path b = article("b.txt", "Moskou");
    Path c = article("c.txt", "Het Kremlin");

    Result result = new InProcess(config).run("parse", a.toString(), b.toString(), c.toString(), "-o", full.toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(4, result.errLines().size(), result.describe());
    for (int i = 0; i < 3; i++) {
      assertTrue(result.errLines().get(i).startsWith("nlbrief: /dev/full: cannot be written"), result.describe());
    }
    assertEquals("0 succeeded, 3 failed", result.errLines().get(3));
  }

  @Test
  void aSheetThatCannotBeWrittenFailsThatInputOnlyAndTheIndexSaysSo() throws IOException {
    Path news = work.resolve("news");
    article("news/a.txt", "Rusland");
    article("news/b.txt", "Moskou");
    Path sheets = work.resolve("sheets");
    Result first = new InProcess(config).run("brief", "--no-check", "--format", "md", news.toString(), "-o", sheets.toString());
    assertEquals(0, first.exitCode(), first.describe());
    List<Path> made;
    try (var files = Files.list(sheets)) {
      made = files.filter(p -> !p.getFileName().toString().startsWith(".") && !p.endsWith("index.md")).sorted().toList();
    }
    assertEquals(2, made.size(), made.toString());
    // The first sheet's place is taken by a folder: that sheet cannot be written, the second can.
    Files.delete(made.get(0));
    Files.delete(made.get(1));
    Files.createDirectory(made.get(0));

    Result result = new InProcess(config).run("brief", "--no-check", "--format", "md", news.toString(), "-o", sheets.toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(List.of("nlbrief: " + made.get(0) + ": cannot be written (is a directory)", "1 succeeded, 1 failed"),
        result.errLines());
    assertTrue(Files.isRegularFile(made.get(1)), "the input after the failed one still gets its sheet");
    String index = Files.readString(sheets.resolve("index.md"));
    assertTrue(index.contains("cannot be written"), index);
  }

  @Test
  void jobsKeepTheOutputInInputOrderForEveryCommand() throws IOException {
    for (int i = 0; i < 6; i++) {
      article("news/" + i + ".txt", List.of("Rusland", "Moskou", "Het Kremlin", "Poetin", "De Doema", "Lavrov").get(i));
    }
    String folder = work.resolve("news").toString();
    for (String command : List.of("parse", "summarize", "gloss")) {
      Result one = new InProcess(config).run(command, "-j", "1", folder);
      Result four = new InProcess(config).run(command, "-j", "4", folder);
      assertEquals(0, one.exitCode(), one.describe());
      assertEquals(one.out(), four.out(), command);
      assertEquals(List.of("6 succeeded, 0 failed"), four.errLines(), four.describe());
    }
    Result check = new InProcess(config).run("check", "--format", "json", "-j", "3", folder);
    assertEquals(6, check.outLines().size(), check.describe());
    for (int i = 0; i < 6; i++) {
      assertTrue(check.outLines().get(i).contains(i + ".txt"), check.describe());
    }
  }

  @Test
  void badJobsIsAUsageError() {
    Result result = new InProcess(config).run("parse", "-j", "0", "x.txt");
    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().contains("--jobs must be at least 1"), result.describe());
  }

  @Test
  void anInputOverTheTimeoutFailsWithItsOwnCode() throws IOException {
    Path a = article("a.txt", "Rusland");
    Result result = new InProcess(config).run("check", "--timeout", "0.001", a.toString());
    assertEquals(5, result.exitCode(), result.describe());
    assertEquals(List.of("nlbrief: " + a + ": timed out (took more than 0.001 seconds; --timeout)"), result.errLines());
  }
}
