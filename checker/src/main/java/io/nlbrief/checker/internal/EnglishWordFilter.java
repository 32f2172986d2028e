package io.nlbrief.checker.internal;

import io.nlbrief.parser.EnglishWords;

/**
 * An English word inside a Dutch sentence ({@code hoe powerful muziek is}, {@code de packed
 * versies}): Dutch news borrows English freely, and a word the English dictionary knows is a
 * borrowing, not a Dutch misspelling. Two kinds stay reported: a near miss of a Dutch word (decided
 * before any filter, in {@code LanguageToolChecker}, and here a vowel doubled or undoubled at any
 * length: {@code jar} for {@code jaar}), and the English plural of a Dutch word that
 * ends in a vowel, which Dutch writes with an apostrophe ({@code euros} for {@code euro's}).
 */
public final class EnglishWordFilter implements MisspellingFilter {

  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    if (word.length() > Lexicon.MAX_WORD) {
      // No English word or pair of them is this long, and the compound and vowel-slip searches
      // below are quadratic in the word: a degenerate line is reported as the speller says.
      return false;
    }
    Lexicon lexicon = context.lexicon();
    boolean english = lexicon.isEnglish(word) || EnglishWords.isEnglishCompound(word);
    return english && !isApostrophePlural(word, lexicon) && !isVowelSlip(word, lexicon);
  }

  /**
   * {@code jar} for {@code jaar}, {@code lopen} aside: a vowel doubled or undoubled away from a
   * Dutch word, the commonest Dutch slip, at any length (the general near-miss test skips short
   * words, but a short English word is exactly where this slip hides).
   */
  private static boolean isVowelSlip(String word, Lexicon lexicon) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if ("aeiou".indexOf(c) < 0) {
        continue;
      }
      if (lexicon.isKnown(word.substring(0, i + 1) + c + word.substring(i + 1))) {
        return true;
      }
      if (i + 1 < word.length() && word.charAt(i + 1) == c && lexicon.isKnown(word.substring(0, i) + word.substring(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /** {@code euros}, {@code taxis}, {@code autos}: a known Dutch word ending in a vowel, plus s. */
  private static boolean isApostrophePlural(String word, Lexicon lexicon) {
    if (word.length() < 4 || !word.endsWith("s")) {
      return false;
    }
    String stem = word.substring(0, word.length() - 1);
    char last = Character.toLowerCase(stem.charAt(stem.length() - 1));
    return "aeiouy".indexOf(last) >= 0 && lexicon.isKnown(stem);
  }
}
