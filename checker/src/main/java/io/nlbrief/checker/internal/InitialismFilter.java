package io.nlbrief.checker.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lower-case initialism the speller does not know ({@code thc}, {@code ggz}), alone or as the
 * first part of a hyphenated compound ({@code thc-gehalte}): three to five letters without a vowel
 * cannot be a Dutch word, so they are read letter by letter. Only when the article spells it out
 * or uses it as a term: in brackets ({@code (thc, de stof die ...)}) or more than once. A one-off
 * slip that lost its vowels ({@code Het was hrd werken}) stays.
 */
public final class InitialismFilter implements MisspellingFilter {
  private static final Pattern CONSONANTS = Pattern.compile("[b-df-hj-np-tv-xz]{3,5}");

  @Override
  public boolean isFalseAlarm(String word, Match match, CheckContext context) {
    int hyphen = word.indexOf('-');
    String head = hyphen < 0 ? word : word.substring(0, hyphen);
    if (!CONSONANTS.matcher(head).matches()) {
      return false;
    }
    if (hyphen >= 0 && !context.lexicon().isWellFormedPart(word.substring(hyphen + 1))) {
      return false;
    }
    String text = context.text();
    int before = match.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before >= 0 && text.charAt(before) == '(' || uses(text, head) >= 2;
  }

  private static int uses(String text, String head) {
    Matcher m = Pattern.compile("(?<!\\p{L})" + Pattern.quote(head) + "(?!\\p{L})").matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
