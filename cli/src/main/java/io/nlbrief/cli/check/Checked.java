package io.nlbrief.cli.check;

import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Finding;
import io.nlbrief.parser.Article;
import java.util.List;
import java.util.Objects;

/**
 * What {@code check} writes for one input.
 *
 * @param article the article checked
 * @param result its findings in text order, with what LanguageTool's JSON serializer needs
 * @param languageCode the variant checked against ({@code nl-BE}), as LanguageTool names it
 */
public record Checked(Article article, CheckResult result, String languageCode) {
  public Checked {
    Objects.requireNonNull(article);
    Objects.requireNonNull(result);
  }

  /** The findings in text order. */
  public List<Finding> findings() {
    return result.findings();
  }
}
