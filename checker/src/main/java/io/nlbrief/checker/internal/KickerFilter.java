package io.nlbrief.checker.internal;

import java.util.regex.Pattern;

/**
 * A section label that opens an article or paragraph before a dash, as newspapers print it
 * ({@code analyse - De regering ...}, {@code veiligheid – Met een maximumsnelheid ...}): a label,
 * not the start of a sentence, so its lower case is not a missing capital. Likewise a label or
 * tag line without a dash: lower-case words that run to the end of their line without any closing
 * punctuation, either a few words only ({@code uitgelicht}, {@code kwijtschelding generaal
 * pardon}) or a label before a capitalised heading ({@code analyse Nivellering van de politiek}).
 * A lower-case sentence that ends in a full stop is still reported.
 */
public final class KickerFilter implements MatchFilter {
  private static final Pattern LABEL = Pattern.compile("^[\\p{L}\\p{N} ]{1,40}\\s[-–—]\\s");
  private static final int MAX_TAG_WORDS = 5;

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.ruleId().equals("UPPERCASE_SENTENCE_START")) {
      return false;
    }
    String text = context.text();
    if (isTagLine(text, match.start())) {
      return true;
    }
    int lineStart = text.lastIndexOf('\n', Math.max(0, match.start() - 1)) + 1;
    if (match.start() != lineStart && !text.substring(lineStart, match.start()).isBlank()) {
      return false;
    }
    return LABEL.matcher(text.substring(match.start(), Math.min(text.length(), match.start() + 60))).find();
  }

  private static boolean isTagLine(String text, int start) {
    int end = text.indexOf('\n', start);
    String line = text.substring(start, end < 0 ? text.length() : end).strip();
    if (line.isEmpty() || line.chars().anyMatch(c -> ".!?:;…\"'„”“".indexOf(c) >= 0)) {
      return false;
    }
    String[] words = line.split("\\s+");
    return words.length <= MAX_TAG_WORDS || CheckContext.isCapitalised(words[1]);
  }
}
