package io.nlbrief.checker.internal;

import java.util.regex.Pattern;

/**
 * A section label that opens an article or paragraph before a dash, as newspapers print it
 * ({@code analyse - De regering ...}, {@code veiligheid – Met een maximumsnelheid ...}): a label,
 * not the start of a sentence, so its lower case is not a missing capital.
 */
public final class KickerFilter implements MatchFilter {
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N} ]{1,40}\\s[-–—]\\s");

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.ruleId().equals("UPPERCASE_SENTENCE_START")) {
      return false;
    }
    String text = context.text();
    int lineStart = text.lastIndexOf('\n', Math.max(0, match.start() - 1)) + 1;
    if (match.start() != lineStart && !text.substring(lineStart, match.start()).isBlank()) {
      return false;
    }
    return LABEL.matcher(text.substring(match.start(), Math.min(text.length(), match.start() + 60))).find();
  }
}
