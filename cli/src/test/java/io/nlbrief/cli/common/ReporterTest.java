package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReporterTest {
  private final StringWriter err = new StringWriter();

  @Test
  void parseFailureIsOneLineWithTheParsersMessage() {
    int code = new Reporter(new PrintWriter(err), false)
        .report(new ParseException("a.pdf", Reason.ENCRYPTED, "needs a password"));

    assertEquals(4, code);
    assertEquals("nlbrief: a.pdf: is encrypted (needs a password)\n", err.toString());
  }

  @Test
  void bugIsOneLineNamingTheFileAndPointingAtDebug() {
    int code = new Reporter(new PrintWriter(err), false).report("a.txt", new IllegalStateException("boom"));

    assertEquals(70, code);
    assertEquals(
        "nlbrief: a.txt: internal error: java.lang.IllegalStateException: boom"
            + " (rerun with --debug for the stack trace)\n",
        err.toString());
  }

  @Test
  void anInputTooLargeForTheHeapIsRefusedWithTheWayToRaiseIt() {
    int code = new Reporter(new PrintWriter(err), false).report("big.txt", new OutOfMemoryError("Java heap space"));

    assertEquals(4, code);
    String line = err.toString();
    assertTrue(line.startsWith("nlbrief: big.txt: too large for the memory nlbrief may use (a Java heap of "), line);
    assertTrue(line.endsWith(" MB); give it more with NLBRIEF_JAVA_OPTS=-Xmx"
        + Math.max(2, 2 * ((Runtime.getRuntime().maxMemory() / (1024 * 1024) + 1023) / 1024)) + "g, or split the input\n"), line);
    assertEquals("too large for the memory nlbrief may use (a Java heap of 1536 MB); give it more with "
        + "NLBRIEF_JAVA_OPTS=-Xmx4g, or split the input", Reporter.tooLargeForTheHeap(1536L * 1024 * 1024));
  }

  @Test
  void debugAddsTheStackTrace() {
    new Reporter(new PrintWriter(err), true).report("a.txt", new IllegalStateException("boom"));

    assertTrue(err.toString().startsWith("nlbrief: a.txt: internal error: java.lang.IllegalStateException: boom\n"));
    assertTrue(err.toString().contains("\tat io.nlbrief.cli.common.ReporterTest"), err.toString());
  }

  @Test
  void lineBreaksInMessagesAreFolded() {
    new Reporter(new PrintWriter(err), false)
        .report(new ParseException("a.doc", Reason.CORRUPT, "bad header\n  at offset 12"));

    assertEquals("nlbrief: a.doc: is corrupt (bad header at offset 12)\n", err.toString());
  }

  @Test
  void warningNamesTheFile() {
    new Reporter(new PrintWriter(err), false).warn("a.txt", "the text does not look Dutch");

    assertEquals("nlbrief: a.txt: warning: the text does not look Dutch\n", err.toString());
  }
}
