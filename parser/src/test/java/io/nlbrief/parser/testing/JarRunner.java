package io.nlbrief.parser.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the shaded jar that Failsafe names in the system property {@code nlbrief.jar}, as a user
 * would run it, with its own config folder ({@code WORK/config}) and nothing on standard input;
 * each run is bounded (300 s) so that a hang fails the test instead of the build. The one jar
 * runner of every module's end-to-end tests.
 */
public final class JarRunner {
  private static final long TIMEOUT_SECONDS = 300;

  private final Path work;

  /** @param work a folder of the test's own: the config folder and the captured streams go there */
  public JarRunner(Path work) {
    this.work = work;
  }

  public Run run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** A run with environment variables set (or, with an empty value, {@code NO_COLOR} and the like left unset). */
  public Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
    String jar = System.getProperty("nlbrief.jar");
    if (jar == null) {
      throw new IllegalStateException("no -Dnlbrief.jar: run the end-to-end tests through Failsafe (mvn verify)");
    }
    // C1 only: a short-lived command starts faster, and these tests time starts, not throughput
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-jar", jar));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(work, "stdout", ".txt");
    Path err = Files.createTempFile(work, "stderr", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().put("NLBRIEF_CONFIG_DIR", work.resolve("config").toString());
    // the developer's shell must not decide what the test sees
    builder.environment().remove("NO_COLOR");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("nlbrief did not finish in " + TIMEOUT_SECONDS + " s: " + command);
    }
    return new Run(process.exitValue(), Files.readAllBytes(out), Files.readString(err, StandardCharsets.UTF_8));
  }

  /** What a run gave: its exit code, its stdout as bytes (a PDF is not text) and its stderr. */
  public record Run(int exitCode, byte[] bytes, String err) {
    public String out() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** For assertion messages: everything the run printed. */
    public String describe() {
      return "exit " + exitCode + "\n--- stdout\n" + out() + "\n--- stderr\n" + err;
    }
  }
}
