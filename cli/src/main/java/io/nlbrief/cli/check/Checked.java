package io.nlbrief.cli.check;

import io.nlbrief.checker.Finding;
import io.nlbrief.parser.Article;
import java.util.List;

/**
 * What {@code check} writes for one input.
 *
 * @param article the article checked
 * @param findings its findings in text order
 * @param languageCode the variant checked against ({@code nl-BE}), as LanguageTool names it
 */
public record Checked(Article article, List<Finding> findings, String languageCode) {
  public Checked {
    findings = List.copyOf(findings);
  }
}
