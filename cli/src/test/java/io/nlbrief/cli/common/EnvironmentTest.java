package io.nlbrief.cli.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentTest {
  private static final Path HOME = Path.of("/home/anna");

  @Test
  void ownVariableComesFirst() {
    assertEquals(Path.of("/etc/nlbrief"),
        environment(Map.of("NLBRIEF_CONFIG_DIR", "/etc/nlbrief", "XDG_CONFIG_HOME", "/xdg")).configDir());
  }

  @Test
  void thenXdgConfigHome() {
    assertEquals(Path.of("/xdg/nlbrief"), environment(Map.of("XDG_CONFIG_HOME", "/xdg")).configDir());
  }

  @Test
  void relativeXdgConfigHomeIsIgnoredAsTheSpecSays() {
    assertEquals(HOME.resolve(".config/nlbrief"), environment(Map.of("XDG_CONFIG_HOME", "xdg")).configDir());
  }

  @Test
  void elseTheHomeFolder() {
    assertEquals(HOME.resolve(".config/nlbrief"), environment(Map.of()).configDir());
  }

  private static Environment environment(Map<String, String> variables) {
    return new Environment(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(),
        new ByteArrayOutputStream(), variables, HOME);
  }
}
