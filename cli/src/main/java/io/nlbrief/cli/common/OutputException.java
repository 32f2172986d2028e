package io.nlbrief.cli.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The output file could not be written; the message names it, like a {@code ParseException}. */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputException(Path file, IOException cause) {
    super(file + ": cannot be written (" + describe(cause) + ")", cause);
  }

  public OutputException(Path file, String reason) {
    super(file + ": cannot be written (" + reason + ")");
  }

  // The JDK's messages name the temporary file, which the user never asked for.
  private static String describe(IOException cause) {
    if (cause instanceof NoSuchFileException) {
      return "no such directory";
    }
    if (cause instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (cause instanceof FileSystemException e && e.getReason() != null) {
      return e.getReason();
    }
    return String.valueOf(cause.getMessage());
  }
}
