package io.nlbrief.cli.gloss;

import io.nlbrief.cli.Main;
import io.nlbrief.cli.common.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs nlbrief in-process with its own streams, config folder and environment variables. */
final class GlossCli {
  private final Path configDir;
  private final Map<String, String> variables = new HashMap<>();

  GlossCli(Path configDir) {
    this.configDir = configDir;
    variables.put("NLBRIEF_CONFIG_DIR", configDir.toString());
  }

  GlossCli env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(new ByteArrayInputStream(new byte[0]), out, err, variables, configDir);
    int exitCode = new Main(environment).run(args);
    return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A seed article of the repository, found from wherever the tests run. */
  static Path seed(String name) {
    return io.nlbrief.cli.Seeds.seed(name);
  }

  static Path fixture(String name) {
    try {
      return Path.of(GlossCli.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  record Result(int exitCode, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }

    List<String> errLines() {
      return err.lines().toList();
    }

    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
