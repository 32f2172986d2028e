package io.nlbrief.checker.internal;

/**
 * The Dutch low-high quotation marks typed as two commas and two apostrophes ({@code ,,Dit is
 * het.''}), the usual form in Dutch news: LanguageTool reads {@code ,,} as a doubled comma. An
 * opening {@code ,,} stands before a word, a closing {@code ''} right after one.
 */
public final class TypedQuoteFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling()) {
      return false;
    }
    String text = context.text();
    String covered = match.covered(text).strip();
    if (covered.equals(",,") || covered.equals("„")) {
      int after = text.indexOf(",,", match.start()) + 2;
      return after >= 2 && after < text.length() && !Character.isWhitespace(text.charAt(after)) && text.charAt(after) != ',';
    }
    if (covered.equals("''")) {
      int at = text.indexOf("''", match.start());
      return at > 0 && !Character.isWhitespace(text.charAt(at - 1));
    }
    return false;
  }
}
