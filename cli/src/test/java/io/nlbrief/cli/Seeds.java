package io.nlbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's seed articles, found from wherever the tests run (the module or the root). */
public final class Seeds {
  public static final String NATO = io.nlbrief.parser.Seeds.SEED_000;
  public static final String MINISTERS = io.nlbrief.parser.Seeds.SEED_003;
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

  /** The seeds folder, found by the parser's test-jar helper that every module uses. */
  public static Path folder() {
    return io.nlbrief.parser.Seeds.dir();
  }
}
