package io.nlbrief.cli.pipeline;

import io.nlbrief.cli.Main;
import io.nlbrief.cli.common.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Runs nlbrief in-process with a config folder of its own, and reads what the pipeline wrote. */
final class Nlbrief {
  private final Path configDir;

  Nlbrief(Path configDir) {
    this.configDir = configDir;
  }

  record Result(int exitCode, String out, String err) {
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  Result runAll(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), out, err,
        Map.of("NLBRIEF_CONFIG_DIR", configDir.toString()), configDir);
    int exitCode = new Main(environment).run(args);
    return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** {@code brief --format json} of the inputs, one JSON line each, by its {@code file}. */
  Map<String, String> briefJson(List<String> options, List<String> inputs) {
    List<String> args = new ArrayList<>(List.of("brief", "--format", "json"));
    args.addAll(options);
    args.addAll(inputs);
    Result r = run(args.toArray(String[]::new));
    if (r.exitCode() != 0) {
      throw new AssertionError("brief failed: " + r.describe());
    }
    return byFile(r.out().lines().toList());
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
      String file = Json.field(line, "file");
      if (byFile.put(file, line) != null) {
        throw new AssertionError("two records for " + file);
      }
    }
    return byFile;
  }

  /** A field of one JSON line, with Jackson. */
  static final class Json {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    static String field(String line, String field) {
      try {
        return MAPPER.readTree(line).path(field).asText();
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }

    static com.fasterxml.jackson.databind.JsonNode tree(Path file) throws IOException {
      return MAPPER.readTree(file.toFile());
    }
  }
}
