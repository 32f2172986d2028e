package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.code_intelligence.jazzer.Jazzer;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Coverage-guided fuzzing of the reading stages in {@code mvn verify}: each target of
 * {@link ReadingFuzzTest} runs under Jazzer's own driver, in a JVM of its own, for a fixed number
 * of runs from a fixed seed, starting from the committed inputs. Jazzer's driver rather than the
 * JUnit integration under Surefire: Surefire's fuzz tests run one per JVM only, and the regression
 * runs there keep Jazzer's agent off for speed ({@code jazzer.hooks=false}), which is also what
 * takes their coverage feedback away. With the seed, the number of runs and a fresh corpus
 * folder, libFuzzer makes the same inputs in the same order every time, so CI gives the same answer
 * every time; a finding fails the build with the path of the input that shows it.
 *
 * <p>System properties for a longer run on a developer's machine (README, "Fuzzing"):
 * {@code fuzz.runs} (runs per target), {@code fuzz.seed}, {@code fuzz.seconds} (fuzz each target
 * for so long instead, keeping the corpus of earlier runs) and {@code fuzz.targets} (a comma list).
 */
class ReadingFuzzIT {
  /** Runs for every target instead of each one's own number (CI's are in {@link #fuzz}). */
  private static final Integer RUNS = Integer.getInteger("fuzz.runs");
  private static final long SEED = Long.getLong("fuzz.seed", 11);
  private static final int SECONDS = Integer.getInteger("fuzz.seconds", 0);
  /** Longer inputs add little to a text stage but time; the seeds are cut to this too. */
  private static final int MAX_LEN = 4096;
  private static final Path WORK = Paths.get(System.getProperty("fuzz.dir", "target/fuzz"));
  private static final Pattern STATS = Pattern.compile("#(\\d+)\\s+(INITED|DONE)\\s+cov: (\\d+) ft: (\\d+) corp: (\\d+)/");
  private static final Pattern TIME = Pattern.compile("Done (\\d+) runs in (\\d+) second");

  /** CI's runs per target: each target in well under 30 s on 2 cores, start included (BENCHMARKS.md). */
  @ParameterizedTest
  @CsvSource({"decode, 40000", "readLayout, 6000", "tokenize, 10000", "splitSentences, 10000"})
  void fuzz(String target, int ciRuns) throws Exception {
    int runs = RUNS != null ? RUNS : ciRuns;
    String only = System.getProperty("fuzz.targets", "");
    assumeTrue(only.isBlank() || List.of(only.split(",")).contains(target), "not in fuzz.targets");
    Path dir = WORK.resolve(target);
    Path corpus = dir.resolve("corpus");
    Path findings = dir.resolve("findings");
    if (SECONDS == 0) {
      deleteRecursively(dir); // a fresh corpus, or the run would depend on the runs before it
    }
    Files.createDirectories(corpus);
    Files.createDirectories(findings);
    Path seeds = Paths.get(ReadingFuzzTest.class.getResource("ReadingFuzzTestInputs").toURI());
    Path log = dir.resolve("fuzz.log");

    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx512m", "-Xss4m", "-Dfile.encoding=UTF-8",
        "-cp", classPath(),
        Jazzer.class.getName(),
        "--target_class=" + ReadingFuzzTest.class.getName(),
        "--target_method=" + target,
        // Coverage and comparison feedback from our own classes only: the JDK's are not the
        // code under test, and instrumenting them would slow every run.
        "--instrumentation_includes=io.nlbrief.**",
        "--custom_hook_includes=io.nlbrief.**",
        "-seed=" + SEED,
        "-max_len=" + MAX_LEN,
        // An input that takes this long breaks the promise of linear time, so it is a finding.
        "-timeout=20",
        // Reloading the corpus folder is for parallel fuzzers and goes by the clock.
        "-reload=0",
        "-print_final_stats=1",
        "-artifact_prefix=" + findings.toAbsolutePath() + File.separator));
    if (SECONDS > 0) {
      command.add("-max_total_time=" + SECONDS);
    } else {
      command.add("-runs=" + runs);
      // The fuzz test's own maxDuration would stop a slow machine early: the runs decide.
      command.add("-max_total_time=0");
    }
    command.add(corpus.toAbsolutePath().toString()); // the first folder gets what the run finds
    command.add(seeds.toString());

    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long limit = SECONDS > 0 ? SECONDS + 120 : 120;
    if (!process.waitFor(limit, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      fail(target + ": no answer after " + limit + " s; log: " + log.toAbsolutePath());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    String output = Files.readString(log, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      fail(finding(target, output, findings, log));
    }
    int[] inited = stats(output, "INITED");
    int[] done = stats(output, "DONE");
    String summary = String.format(java.util.Locale.ROOT,
        "fuzz %s: %d runs (seed %d) in %.1f s; cov %d -> %d, ft %d -> %d, corpus %d -> %d inputs; %s",
        target, done[0], SEED, seconds, inited[1], done[1], inited[2], done[2], inited[3], done[3], timeLine(output));
    System.out.println(summary);
    Files.writeString(dir.resolve("summary.txt"), summary + System.lineSeparator(), StandardCharsets.UTF_8);
    // Coverage feedback is there: the code is instrumented, and mutations found new features.
    assertFalse(output.contains("Is the code instrumented for coverage"), target + ": no coverage feedback; " + log);
    assertTrue(inited[1] > 0 && done[2] > inited[2], target + ": coverage did not grow; " + log);
    if (SECONDS == 0) {
      assertEquals(runs, done[0], target + ": runs done");
    }
  }

  /** What a failing run found, where its input is, and how to keep it as a regression input. */
  private static String finding(String target, String output, Path findings, Path log) throws IOException {
    StringBuilder message = new StringBuilder(target + ": Jazzer found a failing input (seed " + SEED + ").\n");
    int exception = output.indexOf("== Java Exception");
    if (exception >= 0) {
      output.lines().skip(output.substring(0, exception).lines().count()).limit(12)
          .forEach(line -> message.append("  ").append(line).append('\n'));
    }
    try (Stream<Path> files = Files.list(findings)) {
      for (Path file : files.sorted().toList()) {
        message.append("Reproducer: ").append(file.toAbsolutePath()).append('\n');
      }
    }
    message.append("Keep it as a regression input: copy it into parser/src/test/resources/")
        .append("io/nlbrief/parser/internal/ReadingFuzzTestInputs/").append(target)
        .append("/ and run mvn -pl parser -am test -Dtest=ReadingFuzzTest -Dsurefire.failIfNoSpecifiedTests=false.\n")
        .append("Log: ").append(log.toAbsolutePath());
    return message.toString();
  }

  /** Runs, coverage, features and corpus size at the line libFuzzer marks {@code kind}. */
  private static int[] stats(String output, String kind) {
    int[] last = null;
    Matcher m = STATS.matcher(output);
    while (m.find()) {
      if (m.group(2).equals(kind)) {
        last = new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5))};
      }
    }
    if (last == null) {
      throw new AssertionError("no " + kind + " line in libFuzzer's output");
    }
    return last;
  }

  private static String timeLine(String output) {
    Matcher m = TIME.matcher(output);
    return m.find() ? m.group(2) + " s of it fuzzing" : "";
  }

  /**
   * The classes the fuzz JVM needs and no more: Jazzer scans its whole class path at start, and
   * the reading stages need neither Tika nor LanguageTool, so leaving their jars out saves most of
   * a start.
   */
  private static String classPath() {
    Set<String> entries = new LinkedHashSet<>();
    for (Class<?> c : List.of(ReadingFuzzTest.class, Layout.class, Jazzer.class, FuzzTest.class,
        com.code_intelligence.jazzer.api.FuzzedDataProvider.class, org.junit.jupiter.api.Test.class,
        ParameterizedTest.class, org.junit.jupiter.engine.JupiterTestEngine.class,
        org.junit.platform.engine.TestEngine.class, org.junit.platform.commons.util.ReflectionUtils.class,
        org.junit.platform.launcher.Launcher.class, org.opentest4j.AssertionFailedError.class,
        org.apiguardian.api.API.class)) {
      try {
        entries.add(Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
      } catch (URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
