package io.nlbrief.checker;

import io.nlbrief.parser.Span;
import java.util.List;

/**
 * One thing the checker reports. Immutable.
 *
 * @param ruleId LanguageTool's rule id ({@code MORFOLOGIK_RULE_NL_NL}) or one of nlbrief's own
 *     ({@code NLBRIEF_DT})
 * @param ruleDescription the rule's one-line description, in Dutch
 * @param categoryId the rule's category id ({@code TYPOS}, {@code GRAMMAR})
 * @param categoryName the category's name, in Dutch
 * @param issueType the kind of issue in LanguageTool's terms ({@code misspelling}, {@code grammar},
 *     {@code typographical}, {@code style}, {@code uncategorized})
 * @param message what is wrong, in Dutch, without LanguageTool's {@code <suggestion>} markup
 * @param shortMessage a few words, in Dutch; may be empty
 * @param explanation what the category means, in English, for readers who do not read Dutch
 * @param span where the problem stands in {@code Article.text()}
 * @param line 1-based line of {@code span.start()} in that text
 * @param column 1-based column (UTF-16 code units) of {@code span.start()} in its line
 * @param suggestions replacements for the span, best first; may be empty
 */
public record Finding(
    String ruleId,
    String ruleDescription,
    String categoryId,
    String categoryName,
    String issueType,
    String message,
    String shortMessage,
    String explanation,
    Span span,
    int line,
    int column,
    List<String> suggestions) {

  public Finding {
    suggestions = List.copyOf(suggestions);
  }

  /** The single replacement {@code --fix} may apply: exactly one suggestion, or none. */
  public String unambiguousFix() {
    return suggestions.size() == 1 ? suggestions.get(0) : null;
  }
}
