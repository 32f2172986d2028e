package io.nlbrief.parser;

import io.nlbrief.parser.ParseException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import java.util.List;

/**
 * The one reader of word lists, shipped ({@code stopwords-nl.txt}, {@code abbreviations.txt}) and
 * the user's ({@code words.txt}), so that every list in nlbrief follows one rule:
 *
 * <ul>
 *   <li>UTF-8, one entry a line, LF or CRLF; a byte-order mark at the start is ignored;
 *   <li>each line is stripped of the whitespace around it; blank lines are skipped;
 *   <li>a line whose first character after that is {@code #} is a comment. A {@code #} later in a
 *       line is part of the entry ({@code C#}), so no word can lose its end to a comment.
 * </ul>
 *
 * <p>What an entry means (a word, a tab-separated pair) is the caller's. Stateless.
 */
public final class WordLists {
  /** Word lists are short; a bigger file is not one. */
  private static final long MAX_BYTES = 64L << 20;

  private WordLists() {}

  /** The entry a line holds under the rule above, or {@code null} for a blank line or a comment. */
  public static String entry(String line) {
    String s = line.strip();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1).strip();
    }
    return s.isEmpty() || s.charAt(0) == '#' ? null : s;
  }

  /**
   * The entries of a list shipped in a jar, in file order.
   *
   * @param owner the class whose {@link Class#getResourceAsStream} finds it (a name without a
   *     leading {@code /} is relative to its package)
   * @throws IllegalStateException when the resource is missing: a build error, not a user's
   */
  public static List<String> resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      List<String> entries = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
        String e = entry(line);
        if (e != null) {
          entries.add(e);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entries of a user's list, in file order. A list that cannot be read is an input error
   * naming the file (and the line, for a byte that is not UTF-8).
   *
   * @throws ParseException {@code NOT_FOUND}, {@code UNREADABLE} (also a folder), {@code TOO_LARGE}
   *     (over 64 MiB) or {@code BAD_ENCODING} with {@code FILE:LINE}
   */
  public static List<String> read(Path file) throws ParseException {
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
    List<String> entries = new ArrayList<>();
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    int line = 1;
    // line by line, so that a bad byte is reported with its line
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
      String e = entry(text);
      if (e != null) {
        entries.add(e);
      }
      start = end + 1;
    }
    return entries;
  }
}
