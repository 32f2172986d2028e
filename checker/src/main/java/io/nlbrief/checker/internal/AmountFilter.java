package io.nlbrief.checker.internal;

import io.nlbrief.parser.Token;

/**
 * Dutch money notation that LanguageTool reads as stray letters and dashes: {@code f 1100,--}
 * (the guilder sign typed as an f before an amount, and {@code ,--} for "no cents"), also
 * {@code € 25,--}. The f counts only right before a number, the dashes only right after an
 * amount's comma.
 */
public final class AmountFilter implements MatchFilter {

  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    String text = context.text();
    String covered = match.covered(text);
    if (covered.equals("f") || covered.equals("fl")) {
      Token after = context.next(match.start());
      return after != null && after.text().chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',')
          && Character.isDigit(after.text().charAt(0));
    }
    if (covered.equals("--") || covered.equals(",--")) {
      int comma = covered.startsWith(",") ? match.start() : match.start() - 1;
      return comma > 0 && text.charAt(comma) == ',' && Character.isDigit(text.charAt(comma - 1));
    }
    return false;
  }
}
