package io.nlbrief.checker.internal;

import java.util.List;

/**
 * A candidate finding between LanguageTool (or one of nlbrief's own rules) and the filters, with
 * offsets already mapped into {@code Article.text()}.
 */
public record Match(
    String ruleId,
    String ruleDescription,
    String categoryId,
    String categoryName,
    String issueType,
    boolean spelling,
    String message,
    String shortMessage,
    int start,
    int end,
    List<String> suggestions) {

  public Match {
    // LanguageTool's suggestions stay unsearched until a filter or the output reads them.
    suggestions = suggestions instanceof LazySuggestions ? suggestions : List.copyOf(suggestions);
  }

  /** The text the match covers. */
  public String covered(String text) {
    return text.substring(start, end);
  }
}
