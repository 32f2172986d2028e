package io.nlbrief.cli.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import io.nlbrief.cli.common.Environment;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A user word list: UTF-8, one word per line; blank lines and lines starting with # are skipped. */
public final class WordList {
  /** The user's own word list in the config folder, read by every command that proofreads. */
  public static final String USER_FILE = "words.txt";

  private WordList() {}

  /**
   * The user's words: {@value #USER_FILE} in the config folder when it is there, then {@code more}
   * ({@code --words FILE}), in that order.
   *
   * @throws Unreadable naming the file that cannot be read
   */
  public static Set<String> userWords(Environment environment, List<Path> more) {
    List<Path> files = new ArrayList<>();
    Path own = environment.configDir().resolve(USER_FILE);
    if (Files.isRegularFile(own)) {
      files.add(own);
    }
    files.addAll(more);
    Set<String> words = new LinkedHashSet<>();
    for (Path file : files) {
      try {
        words.addAll(read(file));
      } catch (IOException e) {
        throw new Unreadable(file, e);
      }
    }
    return words;
  }

  /** A word list that cannot be read; the message names it and why, in one line. */
  public static final class Unreadable extends UncheckedIOException {
    public Unreadable(Path file, IOException cause) {
      super("word list " + file + " cannot be read (" + cause.getClass().getSimpleName().replace("Exception", "") + ")", cause);
    }
  }

  public static Set<String> read(Path file) throws IOException {
    Set<String> words = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String word = line.strip();
      if (word.startsWith("\uFEFF")) {
        word = word.substring(1);
      }
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
      }
    }
    return words;
  }
}
