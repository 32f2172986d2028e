package io.nlbrief.cli.check;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.WordLists;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The user's word lists ({@code words.txt} in the config folder, {@code --words FILE}), read by
 * the parser's {@link WordLists}: UTF-8, one word a line, a line starting with # a comment. A list
 * that cannot be read is an input error naming the file (and the line, for a bad byte), not a
 * usage error: the command line was right, the file is not.
 */
public final class WordList {
  private WordList() {}

  /** The user's own word list in the config folder, read by every command that proofreads. */
  public static final String USER_FILE = "words.txt";

  /**
   * The user's words: {@value #USER_FILE} in the config folder when it is there, then {@code more}
   * ({@code --words FILE}), in that order; the first list that cannot be read is the error.
   */
  public static Set<String> userWords(Environment environment, List<Path> more) throws ParseException {
    List<Path> files = new ArrayList<>();
    Path own = environment.configDir().resolve(USER_FILE);
    if (Files.exists(own)) {
      files.add(own);
    }
    files.addAll(more);
    Set<String> words = new LinkedHashSet<>();
    for (Path file : files) {
      words.addAll(read(file));
    }
    return words;
  }

  /** One user list, by the parser's {@link WordLists} (its one comment rule and its errors). */
  public static Set<String> read(Path file) throws ParseException {
    return new LinkedHashSet<>(WordLists.read(file));
  }
}
