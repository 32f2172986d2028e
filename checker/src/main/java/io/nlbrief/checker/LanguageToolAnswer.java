package io.nlbrief.checker;

import io.nlbrief.parser.LanguageGuess;

/**
 * What a LanguageTool-shaped JSON answer says beside the matches.
 *
 * @param file the input's name, written as a top-level {@code file} field; {@code null} for none
 *     (the server never names files)
 * @param softwareName written as {@code software.name} ({@code nlbrief})
 * @param softwareVersion written as {@code software.version}
 * @param buildDate written as {@code software.buildDate}; {@code null} writes JSON null
 * @param languageCode the language the text was checked as: {@code nl}, {@code nl-NL} or
 *     {@code nl-BE} (LanguageTool's {@code language.code}); for an unchecked text, the language
 *     the client asked for ({@code en-US})
 * @param detected the language the text looks like ({@code language.detectedLanguage}); a guess
 *     of {@code und} counts as the checked language
 * @param incompleteReason why the matches are incomplete ({@code warnings.incompleteResultsReason},
 *     and {@code incompleteResults} true), or {@code null} when they are complete
 */
public record LanguageToolAnswer(
    String file,
    String softwareName,
    String softwareVersion,
    String buildDate,
    String languageCode,
    LanguageGuess detected,
    String incompleteReason) {

  public LanguageToolAnswer {
    if (softwareName == null || softwareVersion == null || languageCode == null || detected == null) {
      throw new IllegalArgumentException("softwareName, softwareVersion, languageCode and detected are required");
    }
  }
}
