package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive `mvn package` makes, installed as a user would: unpacked in a folder of its
 * own, its launcher linked into a folder on PATH, run from somewhere else entirely.
 */
@EnabledIfSystemProperty(named = "nlbrief.release", matches = ".+")
class ReleaseArchiveIT {
  @TempDir
  Path work;

  @Test
  void unpackedAnywhereAndOnPathItRunsAndShipsManPagesAndCompletion() throws Exception {
    Path archive = Path.of(System.getProperty("nlbrief.release"));
    assertTrue(Files.isRegularFile(archive), "no release archive " + archive);
    Path opt = Files.createDirectories(work.resolve("opt"));
    assertEquals(0, sh(opt, "tar xzf '" + archive + "'").exit());
    Path home;
    try (var dirs = Files.list(opt)) {
      home = dirs.findFirst().orElseThrow();
    }
    assertTrue(home.getFileName().toString().startsWith("nlbrief-"), home.toString());
    for (String file : List.of("bin/nlbrief", "lib/nlbrief.jar", "share/man/man1/nlbrief.1", "share/man/man1/nlbrief-brief.1",
        "share/bash-completion/completions/nlbrief", "README.md", "LICENSE", "NOTICE")) {
      assertTrue(Files.isRegularFile(home.resolve(file)), "archive lacks " + file);
    }
    assertTrue(Files.isExecutable(home.resolve("bin/nlbrief")));
    assertTrue(Files.readString(home.resolve("share/man/man1/nlbrief-brief.1")).contains(".TH \"NLBRIEF\\-BRIEF\" \"1\""),
        "a troff man page");

    Path bin = Files.createDirectories(work.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("nlbrief"), home.resolve("bin/nlbrief"));
    Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
    String env = "PATH='" + bin + "':\"$PATH\" XDG_CACHE_HOME='" + work.resolve("cache") + "' NLBRIEF_CONFIG_DIR='" + work.resolve("config") + "' ";

    Result version = sh(elsewhere, env + "nlbrief --version");
    assertEquals(0, version.exit(), version.toString());
    assertTrue(version.out().startsWith("nlbrief " + home.getFileName().toString().substring("nlbrief-".length())), version.toString());

    Result brief = sh(elsewhere, env + "nlbrief brief --no-check '" + Seeds.seed(Seeds.NATO) + "'");
    assertEquals(0, brief.exit(), brief.toString());
    assertTrue(brief.out().contains("NAVO = NATO"), brief.toString());

    Result completion = sh(elsewhere, "source '" + home.resolve("share/bash-completion/completions/nlbrief") + "' && complete -p nlbrief");
    assertEquals(0, completion.exit(), completion.toString());
    assertTrue(completion.out().contains("nlbrief"), completion.toString());
  }

  private record Result(int exit, String out, String err) {}

  private Result sh(Path dir, String script) throws Exception {
    Path out = Files.createTempFile(work, "out", ".txt");
    Path err = Files.createTempFile(work, "err", ".txt");
    Process p = new ProcessBuilder("bash", "-c", script).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    p.getOutputStream().close();
    if (!p.waitFor(300, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("timed out: " + script);
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
