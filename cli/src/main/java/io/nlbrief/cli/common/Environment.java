package io.nlbrief.cli.common;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What the process gives a command: its standard streams, its environment variables and the
 * user's home folder. Commands receive it instead of reaching for {@link System}, so tests run
 * them in-process with their own streams and variables and never touch the real ones.
 *
 * @param stdin read only by an input named {@code -}
 * @param stdout results; never closed by a command
 * @param stderr diagnostics; never closed by a command
 * @param variables environment variables
 * @param home the user's home folder, the last resort for the config folder
 */
public record Environment(
    InputStream stdin, OutputStream stdout, OutputStream stderr, Map<String, String> variables, Path home) {

  public Environment {
    variables = Map.copyOf(variables);
  }

  public static Environment system() {
    return new Environment(System.in, System.out, System.err, System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * The folder holding {@code config.properties} and, later, user word lists:
   * {@code $NLBRIEF_CONFIG_DIR}, else {@code $XDG_CONFIG_HOME/nlbrief}, else
   * {@code ~/.config/nlbrief}. It need not exist.
   */
  public Path configDir() {
    String own = variables.get("NLBRIEF_CONFIG_DIR");
    if (own != null && !own.isBlank()) {
      return Path.of(own);
    }
    // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
    String xdg = variables.get("XDG_CONFIG_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "nlbrief");
    }
    return home.resolve(".config").resolve("nlbrief");
  }
}
