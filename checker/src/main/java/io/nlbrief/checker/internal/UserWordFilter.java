package io.nlbrief.checker.internal;

/**
 * The user's own words ({@code --words FILE}, {@code words.txt} in the config folder) are never
 * misspellings, alone or as a part of a hyphenated compound.
 */
public final class UserWordFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    String word = match.covered(context.text());
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
