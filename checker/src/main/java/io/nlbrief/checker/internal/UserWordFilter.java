package io.nlbrief.checker.internal;

/**
 * The user's own words ({@code --words FILE}, {@code words.txt} in the config folder) are never
 * misspellings, alone or as a part of a hyphenated compound.
 */
public final class UserWordFilter implements MisspellingFilter {
  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    if (context.isUserWord(word)) {
      return true;
    }
    if (!word.contains("-")) {
      return false;
    }
    boolean anyUserWord = false;
    for (String part : word.split("-")) {
      if (part.isEmpty()) {
        continue;
      }
      if (context.isUserWord(part)) {
        anyUserWord = true;
      } else if (!context.lexicon().isWellFormedPart(part) && !context.isName(part)) {
        return false;
      }
    }
    return anyUserWord;
  }
}
