package io.nlbrief.cli.check;

import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.parser.Article;
import java.nio.charset.StandardCharsets;

/**
 * Findings as LanguageTool's HTTP API answers {@code POST /v2/check}, written by LanguageTool's own
 * serializer (so every field and type is LanguageTool's: {@code software}, {@code warnings},
 * {@code language.detectedLanguage}, {@code matches[]}, {@code sentenceRanges}, ...), with
 * nlbrief's name and version in {@code software} and its fields added: {@code file} at the top,
 * {@code line}, {@code column} and {@code explanation} in each match. One compact object and a
 * newline per input, so several inputs make JSON Lines.
 */
public final class FindingsJson {
  private FindingsJson() {}

  public static byte[] render(Article article, CheckResult result, String languageCode) {
    LanguageToolAnswer answer = new LanguageToolAnswer(article.file(), "nlbrief", VersionProvider.version(), null,
        languageCode, article.language(), null);
    return (result.toLanguageToolJson(answer) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
