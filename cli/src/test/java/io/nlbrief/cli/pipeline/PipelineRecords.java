package io.nlbrief.cli.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.nlbrief.cli.testing.InProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What the pipeline wrote, read back by {@code file}, and what {@code brief --format json} gives for
 * the same inputs to compare it with (run by the cli tests' one in-process runner).
 */
final class PipelineRecords {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PipelineRecords() {}

  /** {@code brief --format json} of the inputs, one JSON line each, by its {@code file}. */
  static Map<String, String> briefJson(InProcess nlbrief, List<String> options, List<String> inputs) {
    List<String> args = new ArrayList<>(List.of("brief", "--format", "json"));
    args.addAll(options);
    args.addAll(inputs);
    InProcess.Result r = nlbrief.run(args);
    if (r.exitCode() != 0) {
      throw new AssertionError("brief failed: " + r.describe());
    }
    return byFile(r.outLines());
  }

  /** Every record line of the shards in {@code dir}, by its {@code file}. */
  static Map<String, String> records(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Path shard : shards(dir)) {
      lines.addAll(Files.readAllLines(shard, StandardCharsets.UTF_8));
    }
    return byFile(lines);
  }

  static List<Path> shards(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches("briefs-\\d{5}-of-\\d{5}\\.jsonl")).sorted().toList();
    }
  }

  static Map<String, String> byFile(List<String> lines) {
    Map<String, String> byFile = new TreeMap<>();
    for (String line : lines) {
      String file = field(line, "file");
      if (byFile.put(file, line) != null) {
        throw new AssertionError("two records for " + file);
      }
    }
    return byFile;
  }

  /** A field of one JSON line, with Jackson. */
  static String field(String line, String field) {
    try {
      return MAPPER.readTree(line).path(field).asText();
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  static JsonNode tree(Path file) throws IOException {
    return MAPPER.readTree(file.toFile());
  }
}
