package io.nlbrief.checker.internal;

/**
 * A lower-case abbreviation written without full stops right before a name, where it is part of
 * the name ({@code vv UNO}, {@code sv Babberich}: clubs write their type so): a rule asking for the
 * dotted form ({@code v.v.}) reads it as the abbreviation of a phrase. Elsewhere ({@code en vv})
 * the finding stays.
 */
public final class AbbreviationBeforeNameFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    String covered = match.covered(context.text());
    if (covered.length() < 2 || covered.length() > 4 || !covered.chars().allMatch(Character::isLowerCase)
        || match.suggestions().stream().noneMatch(s -> s.contains(".") && s.replace(".", "").equals(covered))) {
      return false;
    }
    io.nlbrief.parser.Token next = context.next(match.start());
    return next != null && next.isWord() && Character.isUpperCase(next.text().charAt(0))
        && next.span().start() == match.end() + 1;
  }
}
