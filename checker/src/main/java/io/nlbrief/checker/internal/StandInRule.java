package io.nlbrief.checker.internal;

import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.Category;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One of nlbrief's own rules as LanguageTool's serializer needs to see it (id, description,
 * category, issue type): its matches are made by {@link OwnRule}, never by this class.
 */
final class StandInRule extends Rule {
  private final String id;
  private final String description;

  StandInRule(Match match) {
    this.id = match.ruleId();
    this.description = match.ruleDescription();
    setCategory(new Category(new CategoryId(match.categoryId()), match.categoryName()));
    setLocQualityIssueType(ITSIssueType.getIssueType(match.issueType()));
  }

  @Override
  public String getId() {
    return id;
  }

  @Override
  public String getDescription() {
    return description;
  }

  @Override
  public RuleMatch[] match(AnalyzedSentence sentence) {
    return new RuleMatch[0];
  }
}
