package io.nlbrief.cli.common;

import io.nlbrief.parser.ParseException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** The data files the eval commands read (treebanks, hand-judged lists), with one way of failing. */
public final class DataFiles {
  private DataFiles() {}

  /**
   * The lines of a UTF-8 file. A missing file, bytes that are not UTF-8 or a file that cannot be
   * read is a {@link ParseException} naming the file, so it is reported like any bad input.
   */
  public static List<String> readUtf8Lines(Path file) throws ParseException {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ParseException(file.toString(), ParseException.Reason.NOT_FOUND, null, e);
    } catch (MalformedInputException e) {
      throw new ParseException(file.toString(), ParseException.Reason.BAD_ENCODING, "not UTF-8", e);
    } catch (IOException e) {
      throw new ParseException(file.toString(), ParseException.Reason.UNREADABLE, e.getMessage(), e);
    }
  }
}
