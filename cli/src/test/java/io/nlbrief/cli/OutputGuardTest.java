package io.nlbrief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import io.nlbrief.cli.testing.InProcess.Result;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No command writes over what it reads: an output that is an input (by any path), an input
 * folder, or inside an input folder is refused before anything is read, with exit 2 and one line.
 */
class OutputGuardTest {
  private static final String TEXT = "NAVO stuurt diplomaten weg\n\nDe NAVO stuurt zeven Russische diplomaten weg. "
      + "Rusland reageert boos op het besluit.\n";

  @TempDir
  Path config;

  @TempDir
  Path work;

  private Path article;
  private byte[] original;

  @BeforeEach
  void article() throws IOException {
    Path news = Files.createDirectories(work.resolve("news"));
    article = news.resolve("a.txt");
    original = TEXT.getBytes(StandardCharsets.UTF_8);
    Files.write(article, original);
  }

  /** The commands that read articles and write to -o, as their first words. */
  private static List<String> command(String name) {
    return switch (name) {
      case "brief" -> List.of("brief", "--no-check");
      default -> List.of(name);
    };
  }

  private Result run(String command, String... rest) {
    List<String> args = new ArrayList<>(command(command));
    args.addAll(List.of(rest));
    return new InProcess(config).run(args.toArray(String[]::new));
  }

  private void assertRefused(Result result, String why) throws IOException {
    assertEquals(2, result.exitCode(), result.describe());
    assertEquals(1, result.errLines().size(), result.describe());
    assertTrue(result.err().contains(why), result.describe());
    assertEquals("", result.out(), result.describe());
    assertArrayEquals(original, Files.readAllBytes(article), "the article is untouched");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "check", "summarize", "gloss", "brief"})
  void outputThatIsTheInputIsRefused(String command) throws IOException {
    assertRefused(run(command, article.toString(), "-o", article.toString()), "is the input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "check", "summarize", "gloss", "brief"})
  void outputThatIsTheInputThroughDotDotIsRefused(String command) throws IOException {
    Path roundabout = article.getParent().resolve("../news/a.txt");
    assertRefused(run(command, article.toString(), "-o", roundabout.toString()), "is the input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "check", "summarize", "gloss", "brief"})
  void outputThatLinksToTheInputIsRefused(String command) throws IOException {
    Path symlink = Files.createSymbolicLink(work.resolve("link.txt"), article);
    assertRefused(run(command, article.toString(), "-o", symlink.toString()), "is the input");
    Path hardLink = Files.createLink(work.resolve("hard.txt"), article);
    assertRefused(run(command, article.toString(), "-o", hardLink.toString()), "is the input");
  }

  @ParameterizedTest
  @ValueSource(strings = {"parse", "check", "summarize", "gloss", "brief"})
  void outputInsideTheInputFolderIsRefused(String command) throws IOException {
    Path folder = article.getParent();
    assertRefused(run(command, folder.toString(), "-o", folder.resolve("out.txt").toString()), "inside the input folder");
    assertFalse(Files.exists(folder.resolve("out.txt")));
  }

  @Test
  void briefIntoTheInputFolderIsRefused() throws IOException {
    Path folder = article.getParent();
    assertRefused(run("brief", folder.toString(), "-o", folder.toString()), "is the input folder");
    assertRefused(run("brief", "--format", "html", folder.toString(), "-o", folder.resolve("../news/").toString()),
        "is the input folder");
    assertRefused(run("brief", "--format", "html", folder.toString(), "-o", folder.resolve("sheets").toString()),
        "inside the input folder");
    try (var files = Files.list(folder)) {
      assertEquals(List.of(article), files.toList(), "nothing written into the input folder");
    }
  }

  @Test
  void aSheetFolderIsNeverReadBackAsInput() throws IOException {
    Path sheets = work.resolve("sheets");
    Result made = run("brief", "--format", "md", article.getParent().toString(), "-o", sheets.toString());
    assertEquals(0, made.exitCode(), made.describe());
    assertTrue(Files.exists(sheets.resolve("index.md")), made.describe());

    // The whole work folder now holds the article and its sheet folder: only the article is read.
    Result parsed = new InProcess(config).run("parse", work.toString());
    assertEquals(0, parsed.exitCode(), parsed.describe());
    assertTrue(parsed.out().contains("==> " + article), parsed.describe());
    assertFalse(parsed.out().contains("sheets"), "sheets are not articles: " + parsed.describe());
  }

  @Test
  void anOutputElsewhereIsWritten() throws IOException {
    Path out = work.resolve("out.txt");
    Result result = run("parse", article.toString(), "-o", out.toString());
    assertEquals(0, result.exitCode(), result.describe());
    assertTrue(Files.size(out) > 0);
    assertArrayEquals(original, Files.readAllBytes(article));
  }
}
