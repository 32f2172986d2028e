package io.nlbrief.checker;

import io.nlbrief.checker.internal.LanguageToolChecker;
import io.nlbrief.parser.Article;
import java.util.List;

/**
 * Proofreads Dutch: LanguageTool's rules on the article's prose (metadata lines are not checked),
 * then filters that remove LanguageTool's false alarms on edited news (names, new compounds,
 * elliptical compounds, typed quotes, the user's words), plus nlbrief's own d/t and
 * {@code dan/als} checks.
 *
 * <p>Thread-safe: each thread that checks gets its own LanguageTool instance, built on its first
 * check (a few seconds) and kept for the thread's life. Stateless between checks: the result of a
 * check depends only on the options and the article. {@link #create} returns at once and starts,
 * on two background (daemon) threads, building the first thread's instance and loading the parts
 * of LanguageTool that all instances share, so the first check finds them ready or waits for
 * them, never loads them twice.
 */
public interface Checker {

  /** The findings in the article, in text order; spans point into {@code article.text()}. */
  List<Finding> check(Article article);

  /**
   * As {@link #check(Article)}, with what LanguageTool's answer also carries, for writing the
   * findings in LanguageTool's JSON shape ({@link CheckResult#toLanguageToolJson}).
   */
  CheckResult checkResult(Article article);

  /** As {@link #checkResult(Article)}, telling {@code progress} how far it has got. */
  default CheckResult checkResult(Article article, CheckProgress progress) {
    CheckResult result = checkResult(article);
    progress.checked(article.text().length(), article.text().length());
    return result;
  }

  /**
   * Parses {@code text} as a plain-text article and checks it; spans point into {@code text}. A
   * blank text has no findings.
   *
   * @throws IllegalArgumentException when the parser refuses the text (binary data)
   */
  List<Finding> check(String text);

  /** The options this checker was made with. */
  CheckOptions options();

  static Checker create(CheckOptions options) {
    return new LanguageToolChecker(options);
  }
}
