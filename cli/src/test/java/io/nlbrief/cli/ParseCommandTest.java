package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nlbrief parse}, run in-process on the seeds and on small files made here. */
class ParseCommandTest {
  @TempDir
  Path config;

  @TempDir
  Path work;

  private final String nato = Seeds.seed(Seeds.NATO).toString();
  private final String ministers = Seeds.seed(Seeds.MINISTERS).toString();

  @Test
  void outlinesOneArticle() {
    Result result = new InProcess(config).run("parse", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals("file:          " + nato, result.outLines().get(0));
    assertTrue(result.out().contains(Seeds.NATO_HEADLINE), result.describe());
    assertTrue(result.out().contains("\n¶1 "), result.describe());
    assertTrue(result.out().contains("  [1] "), result.describe());
    assertFalse(result.out().contains("==> "), "a single input has no header: " + result.describe());
    assertEquals("", result.err());
  }

  @Test
  void missingFileExitsThreeWithOneLineNamingIt() {
    String missing = work.resolve("missing.txt").toString();

    Result result = new InProcess(config).run("parse", missing);

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + missing + ": no such file"), result.describe());
    assertEquals("", result.out());
  }

  @Test
  void debugAddsTheStackTrace() {
    String missing = work.resolve("missing.txt").toString();

    Result result = new InProcess(config).run("parse", "--debug", missing);

    assertEquals(3, result.exitCode(), result.describe());
    assertTrue(result.errLines().get(0).startsWith("nlbrief: " + missing + ": no such file"), result.describe());
    assertTrue(result.err().contains("ParseException"), result.describe());
    assertTrue(result.err().contains("\tat "), result.describe());
  }

  @Test
  void batchReportsTheMissingFileAndStillParsesTheGoodOne() {
    String missing = work.resolve("missing.txt").toString();

    Result result = new InProcess(config).run("parse", missing, nato);

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals(2, result.errLines().size(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + missing + ": "), result.describe());
    assertEquals("1 succeeded, 1 failed", result.errLines().get(1));
    assertEquals("==> " + nato + " <==", result.outLines().get(0));
    assertTrue(result.out().contains(Seeds.NATO_HEADLINE), result.describe());
  }

  @Test
  void batchExitsWithTheHighestCode() throws IOException {
    Path empty = Files.createFile(work.resolve("empty.txt"));
    String missing = work.resolve("missing.txt").toString();

    Result result = new InProcess(config).run("parse", empty.toString(), missing, nato);

    // 4 (empty: refused) beats 3 (missing: unreadable); the good seed is still parsed.
    assertEquals(4, result.exitCode(), result.describe());
    assertEquals(3, result.errLines().size(), result.describe());
    assertEquals("1 succeeded, 2 failed", result.errLines().get(2));
    assertTrue(result.errLines().get(0).startsWith("nlbrief: " + empty + ": is empty"), result.describe());
    assertTrue(result.out().contains(Seeds.NATO_HEADLINE), result.describe());
  }

  @Test
  void folderIsReadRecursivelyInPathOrderWithoutHiddenFiles() throws IOException {
    Path news = work.resolve("news");
    byte[] article = Files.readAllBytes(Path.of(nato));
    for (String name : List.of("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt", "sub/.e.txt")) {
      Files.createDirectories(news.resolve(name).getParent());
      Files.write(news.resolve(name), article);
    }

    Result result = new InProcess(config).run("parse", news.toString());

    assertEquals(0, result.exitCode(), result.describe());
    List<String> headers = result.outLines().stream().filter(line -> line.startsWith("==> ")).toList();
    assertEquals(
        List.of(header(news.resolve("a.txt")), header(news.resolve("b.txt")), header(news.resolve("sub/c.txt"))),
        headers);
    // Outlines are separated as head(1) separates files: a blank line before each further header.
    assertTrue(result.out().contains("\n\n" + header(news.resolve("b.txt")) + "\n"), result.describe());
  }

  @Test
  void dashReadsStandardInput() throws IOException {
    Result result = new InProcess(config).stdin(Files.readAllBytes(Path.of(nato))).run("parse", "-");

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals("file:          -", result.outLines().get(0));
    assertTrue(result.out().contains(Seeds.NATO_HEADLINE), result.describe());
  }

  @Test
  void jsonForOneInputIsOnePrettyObjectWithTokens() {
    Result result = new InProcess(config).run("parse", "--format", "json", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().startsWith("{\n  \"schemaVersion\": 2,\n  \"file\": " + quoted(nato) + ",\n"), result.describe());
    assertTrue(result.out().endsWith("}\n"), result.describe());
    assertTrue(result.out().contains("\"lemma\": "), "tagged: " + result.describe());
    assertFalse(result.out().contains("\"wordCount\": 0\n"), result.describe());
  }

  @Test
  void jsonForSeveralInputsIsJsonLinesInInputOrder() {
    Result result = new InProcess(config).run("parse", "--format", "json", "--no-tag", ministers, nato);

    assertEquals(0, result.exitCode(), result.describe());
    List<String> lines = result.outLines();
    assertEquals(2, lines.size(), result.describe());
    assertTrue(lines.get(0).startsWith("{\"schemaVersion\":2,\"file\":" + quoted(ministers) + ","), lines.get(0));
    assertTrue(lines.get(1).startsWith("{\"schemaVersion\":2,\"file\":" + quoted(nato) + ","), lines.get(1));
    assertTrue(lines.stream().allMatch(line -> line.endsWith("}")), result.describe());
    assertTrue(lines.get(1).contains("\"tokens\":[]"), "--no-tag: " + lines.get(1));
  }

  @Test
  void jsonIsTheSameBytesEveryRun() {
    Result first = new InProcess(config).run("parse", "--format", "json", nato);
    Result second = new InProcess(config).run("parse", "--format", "json", nato);

    assertEquals(first.out(), second.out());
  }

  @Test
  void outputFileIsWrittenAndInputsAreLeftAlone() throws IOException {
    Path input = Files.copy(Path.of(nato), work.resolve("artikel.txt"));
    FileTime modified = FileTime.fromMillis(1_500_000_000_000L);
    Files.setLastModifiedTime(input, modified);
    byte[] before = Files.readAllBytes(input);
    Path output = work.resolve("artikel.json");

    Result result = new InProcess(config).run("parse", "--format", "json", "-o", output.toString(), input.toString());

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals("", result.out());
    assertTrue(Files.readString(output, StandardCharsets.UTF_8).startsWith("{\n  \"schemaVersion\": 2,"));
    assertArrayEquals(before, Files.readAllBytes(input));
    assertEquals(modified, Files.getLastModifiedTime(input));
    assertEquals(List.of("artikel.json", "artikel.txt"), names(work), "no temporary file left behind");
  }

  @Test
  void dashAsOutputIsStdout() {
    Result result = new InProcess(config).run("parse", "-o", "-", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().startsWith("file: "), result.describe());
  }

  @Test
  void outputFileIsKeptWhenEveryInputFails() throws IOException {
    Path output = Files.writeString(work.resolve("out.txt"), "earlier results");

    Result result = new InProcess(config).run("parse", "-o", output.toString(), work.resolve("missing.txt").toString());

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals("earlier results", Files.readString(output));
    assertEquals(List.of("out.txt"), names(work));
  }

  @Test
  void outputFileThatIsAlsoAnInputIsAUsageError() throws IOException {
    Path input = Files.copy(Path.of(nato), work.resolve("artikel.txt"));
    byte[] before = Files.readAllBytes(input);

    Result result = new InProcess(config).run("parse", "-o", input.toString(), input.toString());

    assertEquals(2, result.exitCode(), result.describe());
    assertArrayEquals(before, Files.readAllBytes(input));
  }

  @Test
  void unwritableOutputExitsThree() {
    Path output = work.resolve("no-such-folder/out.txt");

    Result result = new InProcess(config).run("parse", "-o", output.toString(), nato);

    assertEquals(3, result.exitCode(), result.describe());
    assertEquals("nlbrief: " + output + ": cannot be written (no such directory)", result.err().strip());
  }

  @Test
  void configFileSetsDefaultsAndTheCommandLineWins() throws IOException {
    Files.writeString(config.resolve("config.properties"), "parse.format=json\n");

    Result fromConfig = new InProcess(config).run("parse", "--no-tag", nato);
    Result overridden = new InProcess(config).run("parse", "--format", "text", nato);

    assertTrue(fromConfig.out().startsWith("{\n"), fromConfig.describe());
    assertTrue(overridden.out().startsWith("file: "), overridden.describe());
  }

  @Test
  void configKeyWithoutCommandAppliesToEveryCommand() throws IOException {
    Files.writeString(config.resolve("config.properties"), "format=json\nno-tag=true\n");

    Result result = new InProcess(config).run("parse", nato);

    assertTrue(result.out().startsWith("{\n"), result.describe());
    assertTrue(result.out().contains("\"tokens\": [ ]"), result.describe());
  }

  @Test
  void brokenConfigFileIsAUsageError() throws IOException {
    Files.writeString(config.resolve("config.properties"), "format=\\uZZZZ\n");

    Result result = new InProcess(config).run("parse", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + config.resolve("config.properties") + ": cannot be read"), result.describe());
  }

  @Test
  void aBadValueInTheConfigFileNamesFileLineAndKey() throws IOException {
    Files.writeString(config.resolve("config.properties"), "# mine\nparse.format=xml\n");

    Result result = new InProcess(config).run("parse", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + config.resolve("config.properties") + ":2: parse.format: "),
        result.describe());
  }

  @Test
  void anUnknownConfigKeyIsAWarning() throws IOException {
    Files.writeString(config.resolve("config.properties"), "parse.no-tag=true\nparse.fromat=json\n");

    Result result = new InProcess(config).run("parse", nato);

    assertEquals(0, result.exitCode(), result.describe());
    assertEquals(List.of("nlbrief: " + config.resolve("config.properties") + ":2: warning: unknown key 'parse.fromat' "
        + "(no command has that option); ignored"), result.errLines());
  }

  @Test
  void aConfigPropertiesThatIsNotAFileIsAnError() throws IOException {
    Files.createDirectory(config.resolve("config.properties"));

    Result result = new InProcess(config).run("parse", nato);

    assertEquals(2, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + config.resolve("config.properties") + ": cannot be read (not a file"),
        result.describe());
  }

  @Test
  void aFileNameWithControlCharactersIsPrintedEscaped() throws IOException {
    Path odd = Files.writeString(work.resolve("a\u001b[31mred\u0007.txt"), "");

    Result result = new InProcess(config).run("parse", odd.toString());

    assertEquals(4, result.exitCode(), result.describe());
    assertFalse(result.err().contains("\u001b"), result.describe());
    assertTrue(result.err().contains("a\\x1b[31mred\\x07.txt: is empty"), result.describe());
  }

  @Test
  void aFileNameWithControlCharactersIsPrintedEscapedInTheOutlineAndBatchHeadersToo() throws IOException {
    Path odd = Files.copy(Path.of(nato), work.resolve("a\u001b[31mred\nline.txt"));
    Path other = Files.copy(Path.of(nato), work.resolve("b.txt"));

    Result one = new InProcess(config).run("parse", "--no-tag", odd.toString());
    Result batch = new InProcess(config).run("parse", "--no-tag", odd.toString(), other.toString());

    assertEquals(0, one.exitCode(), one.describe());
    assertFalse(one.out().contains("\u001b"), one.describe());
    assertTrue(one.out().contains("a\\x1b[31mred\\nline.txt\n"), one.describe());
    assertFalse(batch.out().contains("\u001b"), batch.describe());
    assertTrue(batch.out().contains("==> " + odd.toString().replace("\u001b", "\\x1b").replace("\n", "\\n") + " <=="),
        batch.describe());
  }

  @Test
  void aFileNameStartingWithADashWorksAfterDoubleDash() throws IOException {
    Path dash = Files.copy(Path.of(nato), work.resolve("-artikel.txt"));

    Result result = new InProcess(config).run("parse", "--", dash.toString());
    Result relative = new InProcess(config).run("parse", "--no-tag", "--", "-artikel.txt");

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.out().contains(Seeds.NATO_HEADLINE), result.describe());
    assertEquals(3, relative.exitCode(), "a relative -artikel.txt is looked up, not taken as an option: " + relative.describe());
    assertTrue(relative.err().contains("-artikel.txt: no such file"), relative.describe());
  }

  @Test
  void maxSizeRefusesALargerInput() {
    Result result = new InProcess(config).run("parse", "--max-size", "10", nato);

    assertEquals(4, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + nato + ": is too large"), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
  }

  @Test
  void textThatIsNotDutchIsParsedWithAWarning() throws IOException {
    Path english = Files.writeString(work.resolve("english.txt"),
        "NATO expels Russian diplomats\n\nThe alliance said on Tuesday that it would withdraw the "
            + "accreditation of seven staff members of the Russian mission. The decision follows the "
            + "poisoning of a former spy in Salisbury, which the British government blames on Moscow.\n");

    Result result = new InProcess(config).run("parse", english.toString());

    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(result.err().startsWith("nlbrief: " + english + ": warning: "), result.describe());
    assertTrue(result.out().contains("\nwarning: "), result.describe());
  }

  private static String header(Path file) {
    return "==> " + file + " <==";
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }
}
