package io.nlbrief.cli.summarize;

import io.nlbrief.cli.Main;
import io.nlbrief.cli.common.Environment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs nlbrief in-process with its own streams and config folder and captures what it prints. */
public final class InProcess {
  private final Path configDir;
  private byte[] stdin = new byte[0];

  public InProcess(Path configDir) {
    this.configDir = configDir;
  }

  public InProcess stdin(byte[] bytes) {
    this.stdin = bytes.clone();
    return this;
  }

  public Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment environment = new Environment(
        new ByteArrayInputStream(stdin), out, err, Map.of("NLBRIEF_CONFIG_DIR", configDir.toString()), configDir);
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

    public String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }
}
