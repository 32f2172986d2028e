package io.nlbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's seed articles, found from wherever the tests run (the module or the root). */
public final class Seeds {
  public static final String NATO = "000_9f455500eaf14fbe.txt";
  public static final String MINISTERS = "003_25caa356529a62af.txt";
  /** A phrase only the headline of {@link #NATO} contains. */
  public static final String NATO_HEADLINE = "NAVO stuurt Russische diplomaten weg, Rusland beschuldigt VS";

  private Seeds() {}

  public static Path seed(String name) {
    Path file = folder().resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("no seed " + file);
    }
    return file;
  }

  public static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("seeds"))) {
        return dir.resolve("seeds");
      }
    }
    throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
  }
}
