package io.nlbrief.checker.internal;

/**
 * A filter for the speller's matches only, which decides on the word the match covers: most
 * false alarms of LanguageTool's speller are words it does not know but Dutch does (names,
 * compounds, borrowings).
 */
interface MisspellingFilter extends MatchFilter {

  /** Whether {@code word}, which the speller reported, is a false alarm of this filter's class. */
  boolean isFalseAlarm(String word, Match match, CheckContext context);

  @Override
  default boolean isFalseAlarm(Match match, CheckContext context) {
    return match.spelling() && isFalseAlarm(match.covered(context.text()), match, context);
  }
}
