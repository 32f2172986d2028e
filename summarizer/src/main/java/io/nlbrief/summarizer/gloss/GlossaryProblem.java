package io.nlbrief.summarizer.gloss;

/**
 * A line of a glossary file that could not be loaded; the rest of the file still is.
 *
 * @param file the file's name as the user gave it
 * @param line the line number, from 1 (0 for a problem with the whole file)
 * @param message what is wrong, in a few words
 */
public record GlossaryProblem(String file, int line, String message) {
  @Override
  public String toString() {
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }
}
