package io.nlbrief.checker.internal;

import io.nlbrief.parser.Token;

/**
 * Words of a foreign phrase quoted in Dutch text ({@code an educated guess}, {@code il calcio}):
 * an unknown word whose neighbour is unknown too. A single misspelling among Dutch words keeps
 * its match.
 */
public final class ForeignPhraseFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    Token token = context.tokenAt(match.start());
    if (token == null) {
      return false;
    }
    Token before = context.previous(match.start(), 1);
    Token after = context.next(match.start());
    return isForeign(before, context) || isForeign(after, context);
  }

  private static boolean isForeign(Token token, CheckContext context) {
    if (token == null || !token.isWord() || token.text().length() < 2) {
      return false;
    }
    String w = token.text();
    Lexicon lexicon = context.lexicon();
    return !lexicon.isKnown(w) && !lexicon.isWellFormedPart(w) && !Character.isUpperCase(w.charAt(0))
        && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'');
  }
}
