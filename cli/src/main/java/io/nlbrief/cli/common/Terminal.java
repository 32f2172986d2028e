package io.nlbrief.cli.common;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the process's standard streams are connected to, for output that should only decorate a
 * terminal (colour, a progress bar) and never a file or a pipe. Only the process's own streams
 * can be terminals: an {@link Environment} whose streams are something else (tests) never is.
 */
public final class Terminal {
  private final Environment environment;

  public Terminal(Environment environment) {
    this.environment = environment;
  }

  /** Whether stdout is a terminal that may get colour: not with NO_COLOR set (https://no-color.org). */
  public boolean colourOnStdout() {
    return !environment.variables().containsKey("NO_COLOR") && stdoutIsTerminal();
  }

  public boolean stdoutIsTerminal() {
    return environment.stdout() == System.out && isTerminal(1);
  }

  public boolean stderrIsTerminal() {
    return environment.stderr() == System.err && isTerminal(2);
  }

  /**
   * Columns to wrap text at: $COLUMNS when set, else the width of the terminal on stdout (asked of
   * {@code stty}, as Java cannot ask), else 80.
   */
  public int width() {
    String columns = environment.variables().get("COLUMNS");
    if (columns != null) {
      try {
        int n = Integer.parseInt(columns.strip());
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // Not a number: the default below.
      }
    }
    if (stdoutIsTerminal()) {
      try {
        Process stty = new ProcessBuilder("stty", "size")
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/tty")))
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
        String size = new String(stty.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        if (stty.waitFor(1, java.util.concurrent.TimeUnit.SECONDS) && size.matches("\\d+ \\d+")) {
          int n = Integer.parseInt(size.substring(size.indexOf(' ') + 1));
          if (n > 0) {
            return n;
          }
        }
      } catch (IOException | RuntimeException e) {
        // No stty: the default below.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return 80;
  }

  /**
   * Java 17 cannot ask isatty() of one stream (System.console() needs stdin and stdout both), so
   * the file descriptor's link is read where the OS shows it; elsewhere only System.console() tells.
   */
  private static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    try {
      if (Files.isSymbolicLink(link)) {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // Fall back below.
    }
    return System.console() != null;
  }
}
