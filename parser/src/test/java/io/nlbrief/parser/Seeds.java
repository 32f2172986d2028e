package io.nlbrief.parser;

import java.nio.file.Files;
import java.nio.file.Path;

/** The two sample articles in the repository's {@code seeds/} folder, for tests of every module. */
public final class Seeds {
  public static final String SEED_000 = "000_9f455500eaf14fbe.txt";
  public static final String SEED_003 = "003_25caa356529a62af.txt";

  private Seeds() {}

  /** The seeds folder, found by walking up from the working directory. */
  public static Path dir() {
    Path p = Path.of("").toAbsolutePath();
    while (p != null) {
      if (Files.isRegularFile(p.resolve("seeds").resolve(SEED_000))) {
        return p.resolve("seeds");
      }
      p = p.getParent();
    }
    throw new IllegalStateException("no seeds/ folder above " + Path.of("").toAbsolutePath());
  }

  public static Path path(String name) {
    return dir().resolve(name);
  }
}
