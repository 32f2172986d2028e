package io.nlbrief.checker;

import java.util.Set;

/**
 * How to check. Rule and category ids are LanguageTool's ({@code DUBBEL_DE}, {@code TYPOS}) or
 * nlbrief's own ({@code NLBRIEF_DT}, {@code NLBRIEF_DAN_ALS}); matching ignores case.
 *
 * <p>The default variant is Belgian Dutch: nlbrief's sample articles are Flemish news, and
 * LanguageTool's nl-BE rules only add Flemish usage to the common rules (they accept {@code 15u38}
 * style words and Belgian terms the Netherlands rules would question), so Netherlands text rarely
 * gets a false alarm from them, while Flemish text checked as nl-NL does.
 *
 * @param enabledRules rules to switch on that are off by default
 * @param disabledRules rules to switch off
 * @param enabledCategories categories to switch on
 * @param disabledCategories categories to switch off
 * @param picky also the rules LanguageTool keeps for its picky level (style, redundancy)
 * @param userWords words never reported as misspellings (exact form; a capitalised form of a
 *     lower-case word is accepted too)
 * @param variant the standard the text follows
 */
public record CheckOptions(
    Set<String> enabledRules,
    Set<String> disabledRules,
    Set<String> enabledCategories,
    Set<String> disabledCategories,
    boolean picky,
    Set<String> userWords,
    DutchVariant variant) {

  public CheckOptions {
    enabledRules = Set.copyOf(enabledRules);
    disabledRules = Set.copyOf(disabledRules);
    enabledCategories = Set.copyOf(enabledCategories);
    disabledCategories = Set.copyOf(disabledCategories);
    userWords = Set.copyOf(userWords);
    if (variant == null) {
      throw new IllegalArgumentException("variant is required");
    }
  }

  public static CheckOptions defaults() {
    return new CheckOptions(Set.of(), Set.of(), Set.of(), Set.of(), false, Set.of(), DutchVariant.BELGIUM);
  }

  public CheckOptions withEnabledRules(Set<String> ids) {
    return new CheckOptions(ids, disabledRules, enabledCategories, disabledCategories, picky, userWords, variant);
  }

  public CheckOptions withDisabledRules(Set<String> ids) {
    return new CheckOptions(enabledRules, ids, enabledCategories, disabledCategories, picky, userWords, variant);
  }

  public CheckOptions withEnabledCategories(Set<String> ids) {
    return new CheckOptions(enabledRules, disabledRules, ids, disabledCategories, picky, userWords, variant);
  }

  public CheckOptions withDisabledCategories(Set<String> ids) {
    return new CheckOptions(enabledRules, disabledRules, enabledCategories, ids, picky, userWords, variant);
  }

  public CheckOptions withPicky(boolean on) {
    return new CheckOptions(enabledRules, disabledRules, enabledCategories, disabledCategories, on, userWords, variant);
  }

  public CheckOptions withUserWords(Set<String> words) {
    return new CheckOptions(enabledRules, disabledRules, enabledCategories, disabledCategories, picky, words, variant);
  }

  public CheckOptions withVariant(DutchVariant v) {
    return new CheckOptions(enabledRules, disabledRules, enabledCategories, disabledCategories, picky, userWords, v);
  }
}
