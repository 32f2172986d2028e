package io.nlbrief.checker.internal;

/**
 * A quotation that runs over several paragraphs: Dutch papers, like English ones, leave the
 * closing mark off every paragraph but the last, so LanguageTool's bracket rule finds the opening
 * mark of each earlier paragraph unpaired. The opening mark is paired when the next quotation mark
 * after it in the article closes.
 */
public final class ContinuedQuoteFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (!match.ruleId().equals("UNPAIRED_BRACKETS")) {
      return false;
    }
    String text = context.text();
    String covered = match.covered(text);
    if (!covered.equals("\"") && !covered.equals("„") && !covered.equals("“") && !covered.equals(",,")) {
      return false;
    }
    int paragraphEnd = text.indexOf("\n", match.end());
    if (paragraphEnd < 0) {
      return false;
    }
    for (int i = match.end(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '”' || text.startsWith("''", i) || (c == '"' && closesAt(text, i))) {
        return i > paragraphEnd;
      }
    }
    return false;
  }

  /** A straight quote closes when it follows a word or punctuation, not a space. */
  private static boolean closesAt(String text, int i) {
    return i > 0 && !Character.isWhitespace(text.charAt(i - 1));
  }
}
