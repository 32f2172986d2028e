package io.nlbrief.checker.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quoted title joined to a noun by a hyphen ({@code het 'Lekker met de meiden'-logo}): the
 * speller sees one word from the title's last word to the noun. Both sides must be words, so a
 * misspelling on either side stays.
 */
public final class QuotedTitleCompoundFilter implements MisspellingFilter {
  private static final Pattern JOINED = Pattern.compile("(\\p{L}+)['’\"”]-(\\p{L}[\\p{L}-]*)");

  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    Matcher m = JOINED.matcher(word);
    return m.matches() && context.lexicon().isKnown(m.group(1)) && context.lexicon().isWellFormedPart(m.group(2));
  }
}
