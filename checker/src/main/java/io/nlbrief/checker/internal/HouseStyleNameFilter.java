package io.nlbrief.checker.internal;

/**
 * The Taalunie's preferred spelling of a name or symbol where newspapers keep a house style of
 * their own ({@code Navo} for NAVO, {@code Hema} for HEMA, {@code Uefa}, {@code CO2} for CO₂): a
 * replace-rule hint on one capitalised word or symbol whose suggestion differs only in capitals,
 * or a capitalised symbol with digits. The same for LanguageTool's casing rules ({@code
 * NL_CHECKCASE_*}) on an acronym written in capitals inside a sentence ({@code het bureau OMA},
 * {@code VNO-NCW en MKB}): the writer chose the capitals. And the hyphen LanguageTool wants in a
 * double first name ({@code Kees Jan} to {@code Kees-Jan}): people's names are written as their
 * bearers write them. These are choices of style, not errors; ordinary words keep their hints.
 */
public final class HouseStyleNameFilter implements MatchFilter {
  @Override
  public boolean isFalseAlarm(Match match, CheckContext context) {
    if (match.spelling()) {
      return false;
    }
    String covered = match.covered(context.text()).strip();
    if (match.ruleId().startsWith("NL_CHECKCASE_")) {
      return !context.isSentenceInitial(match.start()) && isCapitalsAcronym(covered);
    }
    if (!match.ruleId().startsWith("NL_SIMPLE_REPLACE")) {
      return false;
    }
    if (isDoubleFirstName(covered, match)) {
      return true;
    }
    if (covered.isEmpty() || covered.contains(" ")
        || !(Character.isUpperCase(covered.charAt(0)) || Character.isDigit(covered.charAt(0)) && covered.chars().anyMatch(Character::isUpperCase))) {
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

  /** Two to six letters, all capitals: OMA, MKB, WSNP, JR. */
  private static boolean isCapitalsAcronym(String word) {
    return word.length() >= 2 && word.length() <= 6 && word.chars().allMatch(c -> Character.isUpperCase(c));
  }

  /** "Kees Jan" where the only suggestion is "Kees-Jan": two capitalised words joined by a hyphen. */
  private static boolean isDoubleFirstName(String covered, Match match) {
    String[] words = covered.split(" ");
    return words.length == 2 && CheckContext.isCapitalised(words[0]) && CheckContext.isCapitalised(words[1])
        && match.suggestions().size() == 1 && match.suggestions().get(0).equals(words[0] + "-" + words[1]);
  }
}
