package io.nlbrief.checker.internal;

import java.util.Locale;

/**
 * A word drawn out inside a quotation ({@code 'Ooo, maar wie ben jij dan?'}, {@code "Neeee!"}):
 * a letter three or more times, and with the run cut to one or two letters a word the speller
 * knows. Speech rendered as spoken; outside quotes the same spelling is a typo and stays.
 */
public final class ExpressiveSpellingFilter implements MisspellingFilter {
  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    if (!word.matches(".*(\\p{L})\\1\\1.*")) {
      return false;
    }
    String lower = word.toLowerCase(DUTCH);
    String single = lower.replaceAll("(\\p{L})\\1{2,}", "$1");
    String dbl = lower.replaceAll("(\\p{L})\\1{2,}", "$1$1");
    return (context.lexicon().isKnown(single) || context.lexicon().isKnown(dbl)) && isQuoted(context.text(), match.start());
  }

  /** The nearest quote mark before {@code at} in its paragraph opens a quotation. */
  static boolean isQuoted(String text, int at) {
    for (int i = at - 1; i >= 0 && i >= at - 400; i--) {
      char c = text.charAt(i);
      if (c == '\n') {
        return false;
      }
      if ("'\"“„‘”’,".indexOf(c) >= 0) {
        if (c == ',' && !(i > 0 && text.charAt(i - 1) == ',')) {
          continue;
        }
        int mark = c == ',' ? i - 1 : i;
        boolean spaceBefore = mark == 0 || Character.isWhitespace(text.charAt(mark - 1)) || text.charAt(mark - 1) == '(';
        boolean wordAfter = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return spaceBefore && wordAfter && c != '”';
      }
    }
    return false;
  }
}
