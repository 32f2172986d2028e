package io.nlbrief.cli.check;

import io.nlbrief.cli.common.Environment;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A user word list: UTF-8, one word per line; blank lines and lines starting with # are skipped.
 * A list that cannot be read is an input error naming the file (and the line, for a bad byte),
 * not a usage error: the command line was right, the file is not.
 */
public final class WordList {
  /** Word lists are short; a bigger file is not one. */
  private static final long MAX_BYTES = 64L << 20;

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

  public static Set<String> read(Path file) throws ParseException {
    String name = file.toString();
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        throw new ParseException(name, Reason.UNREADABLE, "is a directory, not a word list");
      }
      if (Files.size(file) > MAX_BYTES) {
        throw new ParseException(name, Reason.TOO_LARGE, "a word list is at most 64 MiB");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ParseException(name, Reason.NOT_FOUND, "word list", e);
    } catch (AccessDeniedException e) {
      throw new ParseException(name, Reason.UNREADABLE, "permission denied", e);
    } catch (IOException e) {
      throw new ParseException(name, Reason.UNREADABLE, e.getClass().getSimpleName(), e);
    }
    Set<String> words = new LinkedHashSet<>();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    for (int start = 0; start < bytes.length; line++) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      String text;
      try {
        text = decoder.decode(ByteBuffer.wrap(bytes, start, end - start)).toString();
      } catch (CharacterCodingException e) {
        throw new ParseException(name + ":" + line, Reason.BAD_ENCODING, "a word list is UTF-8", e);
      }
      String word = text.strip();
      if (word.startsWith("\uFEFF")) {
        word = word.substring(1).strip();
      }
      if (!word.isEmpty() && !word.startsWith("#")) {
        words.add(word);
      }
      start = end + 1;
    }
    return words;
  }
}
