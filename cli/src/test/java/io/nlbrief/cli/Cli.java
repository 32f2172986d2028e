package io.nlbrief.cli;

import io.nlbrief.cli.common.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Runs nlbrief in-process with its own streams, environment and config folder, as a user would
 * run it from a shell, and captures what it prints.
 */
final class Cli {
  private final Path configDir;
  private byte[] stdin = new byte[0];

  Cli(Path configDir) {
    this.configDir = configDir;
  }

  Cli stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(
        new ByteArrayInputStream(stdin), out, err, Map.of("NLBRIEF_CONFIG_DIR", configDir.toString()), configDir);
    int exitCode = new Main(environment).run(args);
    return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  record Result(int exitCode, String out, String err) {
    List<String> errLines() {
      return err.lines().toList();
    }

    List<String> outLines() {
      return out.lines().toList();
    }

    /** For assertion messages: everything the run printed. */
    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
