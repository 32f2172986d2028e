package io.nlbrief.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.cli.testing.InProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The codes serve's help lists, each reached: a file it needs that cannot be read is 3 and one with
 * bad bytes 4, as for every command, all before the server listens (so these runs end at once).
 */
class ServeExitCodesTest {
  @TempDir
  Path dir;

  private InProcess.Result serve(String... options) {
    String[] args = new String[options.length + 3];
    args[0] = "serve";
    args[1] = "--port";
    args[2] = "0";
    System.arraycopy(options, 0, args, 3, options.length);
    return new InProcess(dir).run(args);
  }

  @Test
  void aMissingTokenFileIsAFileThatCannotBeRead() {
    Path missing = dir.resolve("token.txt");
    InProcess.Result run = serve("--token-file", missing.toString());
    assertEquals(3, run.exitCode(), run.describe());
    assertEquals("nlbrief: " + missing + ": no such file (token file)", run.err().strip(), run.describe());
    assertFalse(run.out().contains("listening"), run.describe());
  }

  @Test
  void aTokenFileWithBadBytesIsRefused() throws Exception {
    Path binary = Files.write(dir.resolve("token.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    InProcess.Result run = serve("--token-file", binary.toString());
    assertEquals(4, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("nlbrief: " + binary + ": has bytes that are invalid"), run.describe());
  }

  @Test
  void aTokenFileOfTwoLinesIsAUsageError() throws Exception {
    Path two = Files.writeString(dir.resolve("two.txt"), "one\ntwo\n");
    InProcess.Result run = serve("--token-file", two.toString());
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().contains("one token on one line"), run.describe());
  }

  @Test
  void wordListsThatCannotBeReadAre3And4() throws Exception {
    Path missing = dir.resolve("words-missing.txt");
    InProcess.Result run = serve("--words", missing.toString());
    assertEquals(3, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("nlbrief: " + missing + ": no such file"), run.describe());

    Path bad = Files.write(dir.resolve("words-bad.txt"), new byte[] {'a', '\n', (byte) 0xc3, '\n'});
    run = serve("--words", bad.toString());
    assertEquals(4, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("nlbrief: " + bad + ":2: has bytes that are invalid"), run.describe());
  }
}
