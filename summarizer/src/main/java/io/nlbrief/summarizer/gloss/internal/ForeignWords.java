package io.nlbrief.summarizer.gloss.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import morfologik.speller.Speller;
import morfologik.stemming.Dictionary;

/**
 * English words inside Dutch text ({@code holes}, {@code livestream}, {@code line-up}), which an
 * English reader needs no gloss for: words LanguageTool's British English speller dictionary
 * (from {@code english-pos-dict}, the one its English module uses) accepts, part by part for a
 * hyphenated word. That dictionary also holds the French words English has taken
 * ({@code café}, {@code élite}, {@code rendez-vous}); other French is not recognised. Only asked
 * about words the glossary (and the compound splitter) cannot gloss, so a Dutch word that happens
 * to be English ({@code stem}, {@code hand}, {@code brand}) keeps its Dutch sense; the Dutch tagger
 * is no guide, as it knows many English loanwords ({@code livestream}, {@code food}). The dictionary (0.7 MB) is read
 * on first use and shared (immutable); a speller over it is made per question (morfologik's
 * speller keeps buffers and is not thread-safe), which is cheap against how rarely a word gets
 * this far.
 */
final class ForeignWords {
  private static final String RESOURCE = "/org/languagetool/resource/en/hunspell/en_GB.dict";

  private ForeignWords() {}

  /** Whether {@code word} is English as written or in lower case; a hyphenated word when every part is. */
  static boolean isEnglish(String word) {
    if (word.length() < 2) {
      return false;
    }
    Speller speller = new Speller(Holder.DICTIONARY);
    for (String part : word.split("-", -1)) {
      if (part.length() < 2 || !part.chars().allMatch(Character::isLetter) || !accepted(speller, part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean accepted(Speller speller, String word) {
    if (!speller.isMisspelled(word)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return !lower.equals(word) && !speller.isMisspelled(lower);
  }

  private static final class Holder {
    static final Dictionary DICTIONARY = load();

    private static Dictionary load() {
      URL url = ForeignWords.class.getResource(RESOURCE);
      if (url == null) {
        throw new IllegalStateException("English dictionary missing from the class path: " + RESOURCE);
      }
      try {
        return Dictionary.read(url);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
