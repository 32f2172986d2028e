package io.nlbrief.summarizer.gloss;

/**
 * A line of a glossary file that could not be loaded; the rest of the file still is.
 *
 * @param file the file's name as the user gave it
 * @param line the line number, from 1 (0 for a problem with the whole file)
 * @param message what is wrong, in a few words
 * @param badBytes the line holds bytes that are not UTF-8: the file is not a text in the encoding
 *     glossaries have, which a caller may refuse rather than skip the line
 */
public record GlossaryProblem(String file, int line, String message, boolean badBytes) {
  public GlossaryProblem(String file, int line, String message) {
    this(file, line, message, false);
  }

  /** A line with bytes that are not UTF-8. */
  public static GlossaryProblem badBytes(String file, int line) {
    return new GlossaryProblem(file, line, "not UTF-8", true);
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
