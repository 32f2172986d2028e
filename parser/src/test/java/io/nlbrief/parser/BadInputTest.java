package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that cannot become an article: each gets its reason and a message naming the file. */
class BadInputTest {
  private final ArticleParser parser = ArticleParser.create(ParseOptions.defaults().withTag(false));

  @TempDir Path dir;

  private ParseException refused(Path path) {
    return assertThrows(ParseException.class, () -> parser.parse(path, path.getFileName().toString()));
  }

  @Test
  void missingFile() {
    ParseException e = refused(dir.resolve("nope.txt"));
    assertEquals(Reason.NOT_FOUND, e.reason());
    assertEquals("nope.txt: no such file", e.getMessage());
  }

  @Test
  void directoryIsNotAFile() {
    assertEquals(Reason.UNREADABLE, refused(dir).reason());
  }

  @Test
  void unreadableFile() throws Exception {
    Path p = Files.writeString(dir.resolve("secret.txt"), "Het kabinet is gevallen.");
    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(p), "running as a user who can read anything (root)");
    assertEquals(Reason.UNREADABLE, refused(p).reason());
  }

  @Test
  void emptyFile() throws Exception {
    ParseException e = refused(Files.write(dir.resolve("empty.txt"), new byte[0]));
    assertEquals(Reason.EMPTY, e.reason());
    assertTrue(e.getMessage().startsWith("empty.txt: "), e.getMessage());
  }

  @Test
  void whitespaceOnlyFile() throws Exception {
    assertEquals(Reason.NO_TEXT, refused(Files.writeString(dir.resolve("blank.txt"), " \n\t\r\n  \n")).reason());
  }

  @Test
  void fileOverTheSizeLimit() throws Exception {
    ArticleParser small = ArticleParser.create(ParseOptions.defaults().withTag(false).withMaxBytes(100));
    Path p = Files.writeString(dir.resolve("big.txt"), "Het kabinet is gevallen. ".repeat(10));
    ParseException e = assertThrows(ParseException.class, () -> small.parse(p, "big.txt"));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertTrue(e.getMessage().contains("250 bytes") && e.getMessage().contains("--max-size"), e.getMessage());
  }

  @Test
  void streamOverTheSizeLimitIsRefusedWithoutReadingItAll() {
    ArticleParser small = ArticleParser.create(ParseOptions.defaults().withTag(false).withMaxBytes(100));
    byte[] big = "Het kabinet is gevallen. ".repeat(1000).getBytes(StandardCharsets.UTF_8);
    ByteArrayInputStream in = new ByteArrayInputStream(big);
    ParseException e = assertThrows(ParseException.class, () -> small.parse(in, "-"));
    assertEquals(Reason.TOO_LARGE, e.reason());
    assertTrue(in.available() > 0, "the rest of the stream was not read");
  }

  @Test
  void binaryFile() throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(42).nextBytes(bytes);
    bytes[10] = 0;
    assertEquals(Reason.UNSUPPORTED, refused(Files.write(dir.resolve("noise.bin"), bytes)).reason());
  }

  @Test
  void stdinIsParsed() throws Exception {
    Article a = parser.parse(new ByteArrayInputStream("Het kabinet is gevallen. Dat meldt de NOS.".getBytes(StandardCharsets.UTF_8)), "-");
    assertEquals("-", a.file());
    assertEquals(2, a.sentences().size());
  }
}
