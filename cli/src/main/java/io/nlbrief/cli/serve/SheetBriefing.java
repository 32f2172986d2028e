package io.nlbrief.cli.serve;

import io.nlbrief.checker.Checker;
import io.nlbrief.cli.VersionProvider;
import io.nlbrief.cli.briefing.Briefer;
import io.nlbrief.cli.brief.HtmlSheet;
import io.nlbrief.cli.brief.JsonSheet;
import io.nlbrief.cli.brief.MarkdownSheet;
import io.nlbrief.cli.brief.PdfSheet;
import io.nlbrief.cli.brief.SheetBuilder;
import io.nlbrief.cli.brief.SheetFormat;
import io.nlbrief.cli.brief.TextSheet;
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
import java.util.Map;

/**
 * The sheet as {@code nlbrief brief} makes it today (its {@link SheetBuilder} and formats), with
 * its defaults: three sentences, the glossary of the config folder, the server's checker.
 */
final class SheetBriefing implements Briefing {
  private final Briefer withCheck;
  private final Briefer withoutCheck;
  private final String version = VersionProvider.version();
  private final Map<String, SheetFormat> formats = Map.of(
      "json", new JsonSheet(true),
      "html", new HtmlSheet(),
      "md", new MarkdownSheet(),
      "pdf", new PdfSheet(),
      "text", new TextSheet(100, false));

  SheetBriefing(Glossary glossary, Checker checker) {
    ArticleParser headlines = ArticleParser.create(ParseOptions.defaults());
    this.withoutCheck = Briefer.create(headlines, glossary, SummaryLength.sentences(3));
    this.withCheck = withoutCheck.withChecker(checker);
  }

  static boolean knows(String format) {
    return switch (format) {
      case "json", "html", "md", "pdf", "text" -> true;
      default -> false;
    };
  }

  @Override
  public byte[] sheet(Article article, String format, boolean proofread) throws IOException {
    SheetFormat writer = formats.get(format);
    if (writer == null) {
      throw new IllegalArgumentException("unknown format " + format);
    }
    String sha = sha256(article.text().getBytes(StandardCharsets.UTF_8));
    return writer.render(SheetBuilder.layout((proofread ? withCheck : withoutCheck).brief(article), sha, version));
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
