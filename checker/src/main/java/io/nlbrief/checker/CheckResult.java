package io.nlbrief.checker;

import io.nlbrief.checker.internal.LanguageToolResult;
import io.nlbrief.parser.Span;
import java.util.List;
import java.util.function.Predicate;

/**
 * One check's findings with what LanguageTool's HTTP answer also carries (its sentence ranges and
 * its own rendering of each match), so that the answer can be written in LanguageTool's JSON shape
 * by LanguageTool's own serializer. Immutable.
 */
public interface CheckResult {

  /** The text that was checked; spans point into it. */
  String text();

  /** The findings, in text order. */
  List<Finding> findings();

  /** The sentences as LanguageTool split the text, in text order. */
  List<Span> sentences();

  /** The same result with only the findings {@code keep} accepts. */
  CheckResult filter(Predicate<Finding> keep);

  /**
   * The result as LanguageTool's {@code /v2/check} answer, written by LanguageTool's {@code
   * RuleMatchesAsJsonSerializer}, plus nlbrief's fields: {@code file} at the top (when given), and
   * {@code line}, {@code column} and {@code explanation} in each match. One compact JSON object,
   * no newline.
   */
  String toLanguageToolJson(LanguageToolAnswer answer);

  /**
   * A text that was not checked (not Dutch): no findings, no sentence ranges; its JSON answer
   * says why in LanguageTool's {@code warnings}.
   */
  static CheckResult unchecked(String text) {
    return LanguageToolResult.unchecked(text);
  }
}
