package io.nlbrief.cli.check;

import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.LanguageToolAnswer;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
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
public final class FindingsJson extends NamedFormat<Checked> {
  public FindingsJson() {
    super("json", "json");
  }

  /** Always one compact line: several inputs make JSON Lines, one input one line, as LanguageTool's server answers. */
  @Override
  public byte[] render(Checked checked, FormatContext context, int position) {
    return render(checked.article(), checked.result(), checked.languageCode());
  }

  public static byte[] render(Article article, CheckResult result, String languageCode) {
    LanguageToolAnswer answer = new LanguageToolAnswer(article.file(), "nlbrief", VersionProvider.version(), null,
        languageCode, article.language(), null);
    return (result.toLanguageToolJson(answer) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
