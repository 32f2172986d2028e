package io.nlbrief.parser;

/**
 * Which language the text looks like.
 *
 * @param code ISO 639-1 code of the most likely language ({@code nl}, {@code en}, ...), or
 *     {@code und} when the text gives too little evidence
 * @param confidence share of the evidence for that language, 0 to 1
 */
public record LanguageGuess(String code, double confidence) {
  public boolean isDutch() {
    return "nl".equals(code);
  }
}
