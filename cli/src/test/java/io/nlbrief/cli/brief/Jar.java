package io.nlbrief.cli.brief;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the shaded jar Failsafe names in {@code nlbrief.jar}, as a user would, with its own config folder. */
final class Jar {
  private final Path work;

  Jar(Path work) {
    this.work = work;
  }

  Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-jar",
        System.getProperty("nlbrief.jar")));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("NLBRIEF_CONFIG_DIR", work.resolve("config").toString());
    builder.environment().remove("NO_COLOR");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(300, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("nlbrief did not finish: " + command);
    }
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }

  record Run(int exitCode, byte[] bytes, String err) {
    String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
    }
  }
}
