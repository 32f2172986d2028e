package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TerminalTest {
  private static Terminal terminal(Map<String, String> variables) {
    return new Terminal(new Environment(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), variables, Path.of("/nonexistent")));
  }

  @Test
  void widthComesFromColumnsElseEighty() {
    assertEquals(132, terminal(Map.of("COLUMNS", "132")).width());
    assertEquals(80, terminal(Map.of("COLUMNS", "wide")).width());
    assertEquals(80, terminal(Map.of("COLUMNS", "0")).width());
    assertEquals(80, terminal(Map.of()).width());
  }

  @Test
  void streamsThatAreNotTheProcessesOwnAreNeverTerminals() {
    Terminal t = terminal(Map.of());
    assertFalse(t.stdoutIsTerminal());
    assertFalse(t.stderrIsTerminal());
    assertFalse(t.colourOnStdout());
  }
}
