package io.nlbrief.cli.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs as typed → what Beam matches → the names the records carry. */
class InputPatternTest {
  @TempDir
  Path cwd;

  @Test
  void aFolderIsMatchedRecursivelyAndNamedAsTyped() throws IOException {
    Files.createDirectories(cwd.resolve("news/a"));
    InputPattern p = InputPattern.of("news", cwd);
    assertEquals(cwd + "/news/**", p.spec());
    assertEquals("news/a/b.txt", p.nameOf(cwd + "/news/a/b.txt"));
    assertEquals("news/c.txt", InputPattern.of("news/", cwd).nameOf(cwd + "/news/c.txt"));
  }

  @Test
  void hiddenFilesAndFoldersBelowTheInputAreSkipped() throws IOException {
    Files.createDirectories(cwd.resolve("news"));
    InputPattern p = InputPattern.of("news", cwd);
    assertNull(p.nameOf(cwd + "/news/.draft.txt"));
    assertNull(p.nameOf(cwd + "/news/.git/config"));
    assertEquals("news/x.v2.txt", p.nameOf(cwd + "/news/x.v2.txt"));
  }

  @Test
  void aFileKeepsItsTypedName() {
    InputPattern p = InputPattern.of("../elders/artikel.txt", cwd.resolve("sub"));
    assertEquals(cwd + "/elders/artikel.txt", p.spec());
    assertEquals("../elders/artikel.txt", p.nameOf(p.spec()));
  }

  @Test
  void aGlobIsLeftToBeamWithItsLiteralFolderAsThePrefix() {
    InputPattern p = InputPattern.of("news/**/*.html", cwd);
    assertEquals(cwd + "/news/**/*.html", p.spec());
    assertEquals("news/2024/05/a.html", p.nameOf(cwd + "/news/2024/05/a.html"));
    InputPattern here = InputPattern.of("*.txt", cwd);
    assertEquals(cwd + "/*.txt", here.spec());
    assertEquals("a.txt", here.nameOf(cwd + "/a.txt"));
  }

  @Test
  void aUriIsMatchedAsItIs() {
    InputPattern p = InputPattern.of("gs://bucket/news/*.jsonl", cwd);
    assertEquals("gs://bucket/news/*.jsonl", p.spec());
    assertEquals("gs://bucket/news/day1.jsonl", p.nameOf("gs://bucket/news/day1.jsonl"));
  }
}
