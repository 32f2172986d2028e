package io.nlbrief.checker.internal;

/**
 * The Taalunie's preferred spelling of a name or symbol where newspapers keep a house style of
 * their own ({@code Navo} for NAVO, {@code Hema} for HEMA, {@code Uefa}, {@code CO2} for CO₂): a
 * replace-rule hint on one capitalised word or symbol whose suggestion differs only in capitals,
 * or a capitalised symbol with digits. These are choices of style, not errors; ordinary words
 * keep their hints.
 */
public final class HouseStyleNameFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling() || !match.ruleId().startsWith("NL_SIMPLE_REPLACE")) {
      return false;
    }
    String covered = match.covered(context.text()).strip();
    if (covered.isEmpty() || covered.contains(" ") || !Character.isUpperCase(covered.charAt(0))) {
      return false;
    }
    if (context.isSentenceInitial(match.start()) && covered.substring(1).chars().noneMatch(Character::isUpperCase)
        && covered.chars().noneMatch(Character::isDigit) && !match.suggestions().stream().anyMatch(covered::equalsIgnoreCase)) {
      return false;
    }
    boolean caseOnly = match.suggestions().stream().anyMatch(s -> s.equalsIgnoreCase(covered) && !s.equals(covered));
    boolean symbolWithDigits = covered.chars().anyMatch(Character::isDigit) && covered.chars().anyMatch(Character::isUpperCase);
    return caseOnly || symbolWithDigits;
  }
}
