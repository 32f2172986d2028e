package io.nlbrief.checker.internal;

/**
 * A suggestion the text already reads as: the rule asks for {@code Oxfam Novib} where {@code
 * Novib} stands right after {@code Oxfam}, or for a longer form whose rest follows the match. The
 * rule looked at too short a stretch of the text.
 */
public final class SuggestionInPlaceFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    String text = context.text();
    String covered = match.covered(text);
    for (String s : match.suggestions()) {
      if (s.length() <= covered.length() || s.equals(covered)) {
        continue;
      }
      if (s.endsWith(covered)) {
        String missing = s.substring(0, s.length() - covered.length());
        if (hasLetter(missing) && text.startsWith(missing, match.start() - missing.length())) {
          return true;
        }
      }
      if (s.startsWith(covered)) {
        String missing = s.substring(covered.length());
        if (hasLetter(missing) && text.startsWith(missing, match.end())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }
}
