package io.nlbrief.checker.internal;

import java.util.regex.Pattern;

/**
 * A sentence start found after an abbreviated name or initial ({@code Mohammed Al-M. in december},
 * {@code J. de Vries}): the full stop belongs to the name, so the lower-case word after it does
 * not start a sentence.
 */
public final class AbbreviatedNameFilter implements MatchFilter {
  private static final Pattern NAME_END = Pattern.compile("(?:^|[\\s(])(?:\\p{Lu}[\\p{L}]*-)?\\p{Lu}\\.\\s+$");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.ruleId().equals("UPPERCASE_SENTENCE_START")) {
      return false;
    }
    String before = context.text().substring(Math.max(0, match.start() - 30), match.start());
    return NAME_END.matcher(before).find();
  }
}
