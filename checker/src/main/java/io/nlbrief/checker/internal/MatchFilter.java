package io.nlbrief.checker.internal;

/**
 * Removes one class of false alarm from LanguageTool's matches, in the manner of LanguageTool's
 * {@code RuleMatchFilter}. Implementations are stateless and thread-safe.
 */
public interface MatchFilter {
  /** Whether {@code match} is a false alarm of the class this filter knows. */
  boolean isFalseAlarm(Match match, CheckContext context);
}
