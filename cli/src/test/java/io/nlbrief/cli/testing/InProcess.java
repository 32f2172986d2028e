package io.nlbrief.cli.testing;

import io.nlbrief.cli.Main;
import io.nlbrief.cli.common.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs nlbrief in-process, as a user would from a shell: its own standard streams, environment
 * variables and config folder ({@code NLBRIEF_CONFIG_DIR}), and captures exit code, stdout and
 * stderr (jbang's {@code BaseTest}). The one such runner of the cli's tests; the real jar is run by
 * the parser test-jar's {@code JarRunner}.
 */
public final class InProcess {
  private final Path configDir;
  private final Map<String, String> variables = new HashMap<>();
  private byte[] stdin = new byte[0];

  public InProcess(Path configDir) {
    this.configDir = configDir;
    variables.put("NLBRIEF_CONFIG_DIR", configDir.toString());
  }

  /** An environment variable for the run ({@code NO_COLOR}, {@code COLUMNS}, another config folder). */
  public InProcess env(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public InProcess stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  public Result run(List<String> args) {
    return run(args.toArray(String[]::new));
  }

  public Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(new ByteArrayInputStream(stdin), out, err, Map.copyOf(variables), configDir);
    int exitCode = new Main(environment).run(args);
    return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A seed article of the repository, found from wherever the tests run. */
  public static Path seed(String name) {
    return io.nlbrief.cli.Seeds.seed(name);
  }

  public record Result(int exitCode, String out, String err) {
    public List<String> outLines() {
      return out.lines().toList();
    }

    public List<String> errLines() {
      return err.lines().toList();
    }

    /** For assertion messages: everything the run printed. */
    public String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
