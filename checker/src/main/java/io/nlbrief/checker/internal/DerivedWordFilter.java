package io.nlbrief.checker.internal;

import io.nlbrief.parser.DutchWords;
import io.nlbrief.parser.PartOfSpeech;
import io.nlbrief.parser.Token;

/**
 * Words Dutch derives by rule that LanguageTool's dictionary has not listed:
 * <ul>
 *   <li>an {@code -isme} noun borrowed from an English {@code -ism} ({@code uniformitarianisme});
 *   <li>the feminine {@code -loge} of a noun in {@code -loog} ({@code klimatologe});
 *   <li>an adjective in {@code -s} made from a noun, in front of the noun it qualifies ({@code een
 *       jacobijns schrikbewind}, as {@code Amsterdams}, {@code Vlaams}).
 * </ul>
 * Learned prefixes ({@code pseudo-}, {@code neo-}) are the {@link Lexicon}'s compounds.
 */
public final class DerivedWordFilter implements MisspellingFilter {

  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    Lexicon lexicon = context.lexicon();
    if (word.length() > 6 && word.endsWith("isme") && word.chars().allMatch(Character::isLowerCase)) {
      return lexicon.isEnglish(word.substring(0, word.length() - 1));
    }
    // klimatologe, biologe: the feminine of a noun in -loog.
    if (word.length() > 6 && word.endsWith("loge") && lexicon.isKnown(word.substring(0, word.length() - 3) + "oog")) {
      return true;
    }
    return isAttributiveAdjective(word, match, context);
  }

  private static boolean isAttributiveAdjective(String word, Match match, CheckContext context) {
    if (word.length() < 5 || !word.endsWith("s") || !word.chars().allMatch(Character::isLowerCase)) {
      return false;
    }
    Token before = context.previous(match.start(), 1);
    Token after = context.next(match.start());
    if (before == null || after == null || !DutchWords.is(DutchWords.WordClass.DETERMINER, before.text())
        || after.pos() != PartOfSpeech.NOUN) {
      return false;
    }
    return context.lexicon().isKnown(word.substring(0, word.length() - 1));
  }
}
