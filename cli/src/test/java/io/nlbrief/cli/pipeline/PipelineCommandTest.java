package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.nlbrief.cli.Seeds;
import io.nlbrief.cli.testing.InProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on Beam's DirectRunner, in this process: the same records as {@code brief --format
 * json}, failures in the dead-letter file without failing the job, the same bytes on every run.
 */
class PipelineCommandTest {
  @TempDir
  Path temp;

  private List<String> seeds() {
    return List.of(Seeds.seed(Seeds.NATO).toString(), Seeds.seed(Seeds.MINISTERS).toString());
  }

  @Test
  void recordsAreBriefsJsonOfTheSameFiles() throws IOException {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    Path out = temp.resolve("out");
    InProcess.Result run = nlbrief.run(concat(List.of("pipeline", "-o", out.toString()), seeds()));
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.err().contains("2 succeeded, 0 failed"), run.describe());

    Map<String, String> expected = PipelineRecords.briefJson(nlbrief, List.of(), seeds());
    Map<String, String> actual = PipelineRecords.records(out);
    assertEquals(expected.keySet(), actual.keySet());
    for (String file : expected.keySet()) {
      assertEquals(expected.get(file), actual.get(file), file);
    }

    JsonNode summary = PipelineRecords.tree(out.resolve("summary.json"));
    assertEquals(2, summary.path("articles").asInt());
    assertEquals(2, summary.path("succeeded").asInt());
    assertEquals(0, summary.path("failed").asInt());
    assertTrue(summary.path("checked").asBoolean());
    long words = 0;
    long findings = 0;
    for (String line : actual.values()) {
      JsonNode record = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
      words += record.path("words").asLong();
      findings += record.path("proofreading").path("total").asLong();
    }
    assertEquals(words, summary.path("words").asLong());
    assertEquals(findings, summary.path("findings").path("total").asLong());
    assertTrue(Files.notExists(out.resolve("dead-letter.jsonl")));
  }

  @Test
  void badInputsGoToTheDeadLetterFileAndTheJobGoesOn() throws IOException {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    Path in = Files.createDirectories(temp.resolve("in"));
    Files.copy(Seeds.seed(Seeds.NATO), in.resolve("nato.txt"));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.bin"), new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8, 9, 0, 0, 0});
    Files.writeString(in.resolve(".hidden.txt"), "Dit bestand is verborgen en wordt overgeslagen.");
    Files.writeString(in.resolve("archive.jsonl"), String.join("\n",
        "{\"id\": \"a1\", \"title\": \"De raad stemt in\", \"date\": \"2024-05-02\", \"text\": \"De gemeenteraad van Gent heeft dinsdag ingestemd met het nieuwe mobiliteitsplan. Het plan gaat in september in.\"}",
        "dit is geen JSON",
        "",
        "{\"id\": \"a2\"}",
        "[1, 2]",
        "{\"id\": \"a3\", \"text\": \"De trein naar Brussel reed vanochtend met een uur vertraging. Een storing aan de seinen was de oorzaak.\"}"),
        StandardCharsets.UTF_8);
    Path out = temp.resolve("out");
    InProcess.Result run = nlbrief.run("pipeline", "--no-check", "-o", out.toString(), in.toString());
    // The highest code among the failures: a refused input is 4, as brief exits.
    assertEquals(4, run.exitCode(), run.describe());
    assertTrue(run.err().contains("3 succeeded, 5 failed"), run.describe());

    Map<String, String> records = PipelineRecords.records(out);
    String dir = in + "/";
    assertEquals(List.of(dir + "archive.jsonl#a1", dir + "archive.jsonl#a3", dir + "nato.txt"), List.copyOf(records.keySet()));

    List<String> dead = Files.readAllLines(out.resolve("dead-letter.jsonl"), StandardCharsets.UTF_8);
    assertEquals(5, dead.size(), String.join("\n", dead));
    // Sorted like the records: the archive's lines in line order, then the other files by path.
    assertEquals(dir + "archive.jsonl:2", PipelineRecords.field(dead.get(0), "file"));
    assertEquals("bad-record", PipelineRecords.field(dead.get(0), "reason"));
    assertEquals(dir + "archive.jsonl:4", PipelineRecords.field(dead.get(1), "file"));
    assertTrue(PipelineRecords.field(dead.get(1), "message").contains("no \"text\""), dead.get(1));
    assertEquals(dir + "archive.jsonl:5", PipelineRecords.field(dead.get(2), "file"));
    assertEquals(dir + "binary.bin", PipelineRecords.field(dead.get(3), "file"));
    assertEquals(dir + "empty.txt", PipelineRecords.field(dead.get(4), "file"));
    assertEquals("empty", PipelineRecords.field(dead.get(4), "reason"));

    JsonNode summary = PipelineRecords.tree(out.resolve("summary.json"));
    assertEquals(8, summary.path("articles").asInt());
    assertEquals(3, summary.path("failures").path("bad-record").asInt());
    assertEquals(1, summary.path("failures").path("empty").asInt());
    assertTrue(run.err().contains("nlbrief: " + dir + "empty.txt: is empty"), run.describe());
  }

  @Test
  void theSameInputGivesTheSameBytes() throws IOException {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    List<String> common = List.of("pipeline", "--no-check", "--shards", "3");
    assertEquals(0, nlbrief.run(concat(concat(common, List.of("-o", first.toString(), "-j", "2")), seeds())).exitCode());
    assertEquals(0, nlbrief.run(concat(concat(common, List.of("-o", second.toString(), "-j", "1")), seeds())).exitCode());
    List<Path> shards = PipelineRecords.shards(first);
    assertEquals(shards.stream().map(p -> p.getFileName().toString()).toList(),
        PipelineRecords.shards(second).stream().map(p -> p.getFileName().toString()).toList());
    for (Path shard : shards) {
      assertEquals(Files.readString(shard), Files.readString(second.resolve(shard.getFileName())), shard.toString());
    }
    assertEquals(Files.readString(first.resolve("summary.json")), Files.readString(second.resolve("summary.json")));
  }

  @Test
  void sheetsAreWrittenBesideTheRecords() throws IOException {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    Path out = temp.resolve("out");
    InProcess.Result run = nlbrief.run("pipeline", "--no-check", "--sheets", "md", "-o", out.toString(), Seeds.seed(Seeds.NATO).toString());
    assertEquals(0, run.exitCode(), run.describe());
    List<Path> sheets;
    try (var files = Files.list(out.resolve("sheets"))) {
      sheets = files.toList();
    }
    assertEquals(1, sheets.size());
    InProcess.Result md = nlbrief.run("brief", "--no-check", "--format", "md", Seeds.seed(Seeds.NATO).toString());
    assertEquals(md.out(), Files.readString(sheets.get(0)));
  }

  @Test
  void aMissingInputIsReportedAndTheOthersAreMade() {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    InProcess.Result run = nlbrief.run("pipeline", "--no-check", "-o", temp.resolve("out").toString(),
        temp.resolve("missing.txt").toString(), Seeds.seed(Seeds.NATO).toString());
    assertEquals(3, run.exitCode(), run.describe());
    assertTrue(run.err().contains("missing.txt: no such file"), run.describe());
    assertTrue(run.err().contains("1 succeeded, 1 failed"), run.describe());
  }

  @Test
  void standardInputAndBadOptionsAreUsageErrors() {
    InProcess nlbrief = new InProcess(temp.resolve("config"));
    assertEquals(2, nlbrief.run("pipeline", "-o", temp.toString(), "-").exitCode());
    assertEquals(2, nlbrief.run("pipeline", "--runner", "samza", "-o", temp.toString(), "x.txt").exitCode());
    assertEquals(2, nlbrief.run("pipeline", "--shards", "0", "-o", temp.toString(), "x.txt").exitCode());
    assertEquals(2, nlbrief.run("pipeline", "x.txt").exitCode());
  }

  static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
