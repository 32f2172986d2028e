package io.nlbrief.checker.internal;

import java.util.AbstractList;
import java.util.List;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

/**
 * The first five suggestions of one of LanguageTool's matches, searched when first read. For the
 * speller the search is most of a check's time, and most filters decide without it: a candidate
 * they drop never pays for it. Read by one thread (the check's own).
 */
final class LazySuggestions extends AbstractList<String> {
  private static final int LIMIT = 5;
  private final RuleMatch match;
  private List<String> suggestions;

  LazySuggestions(RuleMatch match) {
    this.match = match;
  }

  private List<String> suggestions() {
    if (suggestions == null) {
      suggestions = match.getSuggestedReplacementObjects().stream()
          .map(SuggestedReplacement::getReplacement)
          .limit(LIMIT)
          .toList();
    }
    return suggestions;
  }

  @Override
  public String get(int index) {
    return suggestions().get(index);
  }

  @Override
  public int size() {
    return suggestions().size();
  }
}
