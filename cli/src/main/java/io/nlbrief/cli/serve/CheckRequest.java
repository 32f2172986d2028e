package io.nlbrief.cli.serve;

import java.util.Set;

/**
 * One {@code /v2/check} request as LanguageTool's API defines it, read from its parameters.
 *
 * @param text the text, with its markup when it came as {@code data}
 * @param language as asked: {@code nl}, {@code nl-NL}, {@code nl-BE}, {@code auto} or another
 *     language's code
 * @param enabledOnly only the enabled rules and categories report
 * @param picky {@code level=picky}
 */
record CheckRequest(
    MarkedText text,
    String language,
    Set<String> enabledRules,
    Set<String> disabledRules,
    Set<String> enabledCategories,
    Set<String> disabledCategories,
    boolean enabledOnly,
    boolean picky) {

  CheckRequest {
    enabledRules = Set.copyOf(enabledRules);
    disabledRules = Set.copyOf(disabledRules);
    enabledCategories = Set.copyOf(enabledCategories);
    disabledCategories = Set.copyOf(disabledCategories);
  }
}
