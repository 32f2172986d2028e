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
   * The result of checking {@code part}, an article that is the stretch of a whole text at
   * {@code offset} ({@code ArticleParser.parseInParts}), moved into the whole, to be {@link
   * #joined} (it keeps neither the part's article nor its text). {@code part} is spent by this:
   * its LanguageTool matches move.
   */
  static CheckResult moved(CheckResult part, int offset) {
    return LanguageToolResult.moved(part, offset);
  }

  /** The {@link #moved} results of an article's parts, in text order, as one result on {@code whole}. */
  static CheckResult joined(io.nlbrief.parser.Article whole, List<CheckResult> moved) {
    return LanguageToolResult.joined(whole, moved);
  }

  /**
   * A text that was not checked (not Dutch): no findings, no sentence ranges; its JSON answer
   * says why in LanguageTool's {@code warnings}.
   */
  static CheckResult unchecked(String text) {
    return LanguageToolResult.unchecked(text);
  }
}
