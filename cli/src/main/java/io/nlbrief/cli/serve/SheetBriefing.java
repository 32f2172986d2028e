package io.nlbrief.cli.serve;

import io.nlbrief.checker.Checker;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.briefing.Briefer;
import io.nlbrief.cli.brief.Sheet;
import io.nlbrief.cli.brief.SheetBuilder;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The sheet as {@code nlbrief brief} makes it today (its {@link SheetBuilder} and formats), with
 * its defaults: three sentences, the glossary of the config folder, the server's checker.
 */
final class SheetBriefing implements Briefing {
  private final Briefer withCheck;
  private final Briefer withoutCheck;
  private final String version = VersionProvider.version();
  /** A sheet as a document of its own; the text sheet 100 columns wide. */
  private static final FormatContext DOCUMENT = FormatContext.single().width(100);

  SheetBriefing(Glossary glossary, Checker checker) {
    this(glossary, checker, io.nlbrief.summarizer.gloss.EnglishVariant.DEFAULT);
  }

  /** The sheets with their English in {@code english}, as {@code serve --english} asks. */
  SheetBriefing(Glossary glossary, Checker checker, io.nlbrief.summarizer.gloss.EnglishVariant english) {
    ArticleParser headlines = ArticleParser.create(ParseOptions.defaults());
    this.withoutCheck = Briefer.create(headlines, glossary, SummaryLength.sentences(3)).withEnglish(english);
    this.withCheck = withoutCheck.withChecker(checker);
  }

  @Override
  public byte[] sheet(Article article, String format, boolean proofread) throws IOException {
    OutputFormat<Sheet> writer = Formats.SHEET.find(format)
        .orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
    String sha = sha256(article.text().getBytes(StandardCharsets.UTF_8));
    return writer.render(SheetBuilder.layout((proofread ? withCheck : withoutCheck).brief(article), sha, version), DOCUMENT, 0);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
