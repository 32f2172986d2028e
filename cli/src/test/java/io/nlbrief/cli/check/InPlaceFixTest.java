package io.nlbrief.cli.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** In-place fixing keeps the first original, the file's mode, symbolic links and hard links. */
class InPlaceFixTest {
  private static final String WRONG = "Gisteren zag ik de de man.\n";
  private static final String FIXED = "Gisteren zag ik de man.\n";

  @TempDir
  Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void keepsTheModeAndSaysWhatItDid() throws Exception {
    Path file = write("a.txt", WRONG);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    InPlaceFix.Outcome outcome = InPlaceFix.apply(file, FIXED, StandardCharsets.UTF_8, 1);

    assertFalse(outcome.refused());
    assertEquals("1 fix applied in place; the original is in a.txt.orig", outcome.message());
    assertEquals(FIXED, Files.readString(file));
    assertEquals(WRONG, Files.readString(dir.resolve("a.txt.orig")));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertEquals(Files.getOwner(dir.resolve("a.txt.orig")), Files.getOwner(file));
  }

  @Test
  void aSecondRunKeepsTheFirstOriginal() throws Exception {
    Path file = write("a.txt", WRONG);
    InPlaceFix.apply(file, FIXED, StandardCharsets.UTF_8, 1);
    Files.writeString(file, "Gisteren zag ik de de vrouw.\n");

    InPlaceFix.Outcome second = InPlaceFix.apply(file, "Gisteren zag ik de vrouw.\n", StandardCharsets.UTF_8, 1);

    assertEquals(WRONG, Files.readString(dir.resolve("a.txt.orig")), "the first original is never overwritten");
    assertEquals("Gisteren zag ik de vrouw.\n", Files.readString(file));
    assertTrue(second.message().contains("the original from an earlier run stays in a.txt.orig"), second.message());
  }

  @Test
  void followsASymbolicLinkAndFixesItsTarget() throws Exception {
    Path target = write("target.txt", WRONG);
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());

    InPlaceFix.Outcome outcome = InPlaceFix.apply(link, FIXED, StandardCharsets.UTF_8, 1);

    assertTrue(Files.isSymbolicLink(link), "the link stays a link");
    assertEquals(FIXED, Files.readString(target));
    assertEquals(WRONG, Files.readString(dir.resolve("target.txt.orig")));
    assertFalse(Files.exists(dir.resolve("link.txt.orig"), LinkOption.NOFOLLOW_LINKS));
    assertTrue(outcome.message().contains("through the link"), outcome.message());
  }

  @Test
  void refusesAFileWithOtherHardLinks() throws Exception {
    Path file = write("a.txt", WRONG);
    Path other = Files.createLink(dir.resolve("b.txt"), file);

    InPlaceFix.Outcome outcome = InPlaceFix.apply(file, FIXED, StandardCharsets.UTF_8, 1);

    assertTrue(outcome.refused());
    assertTrue(outcome.message().contains("1 other hard link"), outcome.message());
    assertEquals(WRONG, Files.readString(file));
    assertTrue(Files.isSameFile(file, other), "the links are not split");
    assertFalse(Files.exists(dir.resolve("a.txt.orig")));
  }

  @Test
  void nothingToFixLeavesTheFileAndMakesNoBackup() throws Exception {
    Path file = write("a.txt", FIXED);

    InPlaceFix.Outcome outcome = InPlaceFix.apply(file, FIXED, StandardCharsets.UTF_8, 0);

    assertEquals("nothing to fix; left as it was", outcome.message());
    assertFalse(Files.exists(dir.resolve("a.txt.orig")));
  }
}
