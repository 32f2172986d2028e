package io.nlbrief.summarizer.gloss.internal;

import io.nlbrief.parser.EnglishWords;

/**
 * English words inside Dutch text ({@code holes}, {@code livestream}, {@code line-up}), which an
 * English reader needs no gloss for: words LanguageTool's British English speller dictionary
 * (from {@code english-pos-dict}, the one its English module uses) accepts, part by part for a
 * hyphenated word. That dictionary also holds the French words English has taken
 * ({@code café}, {@code élite}, {@code rendez-vous}); other French is not recognised. Only asked
 * about words the glossary (and the compound splitter) cannot gloss, so a Dutch word that happens
 * to be English ({@code stem}, {@code hand}, {@code brand}) keeps its Dutch sense; the Dutch tagger
 * is no guide, as it knows many English loanwords ({@code livestream}, {@code food}). Each part
 * is judged by the parser's {@link EnglishWords}, as the checker's English words are.
 */
final class ForeignWords {
  private ForeignWords() {}

  /** Whether {@code word} is English; a hyphenated word when every part is. */
  static boolean isEnglish(String word) {
    if (word.length() < 2) {
      return false;
    }
    for (String part : word.split("-", -1)) {
      if (!EnglishWords.isEnglish(part)) {
        return false;
      }
    }
    return true;
  }
}
