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
import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * The sheet as {@code nlbrief brief} makes it today (its {@link SheetBuilder} and formats), with
 * its defaults: three sentences, the glossary of the config folder, the server's checker. Its
 * briefers, one per English variant with and without proofreading, are built once and shared by
 * every request (a briefer is immutable and thread-safe).
 */
final class SheetBriefing implements Briefing {
  private final Map<EnglishVariant, Briefer> withCheck;
  private final Map<EnglishVariant, Briefer> withoutCheck;
  private final String version = VersionProvider.version();
  /** A sheet as a document of its own; the text sheet 100 columns wide. */
  private static final FormatContext DOCUMENT = FormatContext.single().width(100);

  SheetBriefing(Glossary glossary, Checker checker) {
    ArticleParser headlines = ArticleParser.create(ParseOptions.defaults());
    Briefer briefer = Briefer.create(headlines, glossary, SummaryLength.sentences(3));
    Map<EnglishVariant, Briefer> without = new EnumMap<>(EnglishVariant.class);
    Map<EnglishVariant, Briefer> with = new EnumMap<>(EnglishVariant.class);
    for (EnglishVariant variant : EnglishVariant.values()) {
      without.put(variant, briefer.withEnglish(variant));
      with.put(variant, without.get(variant).withChecker(checker));
    }
    this.withoutCheck = Map.copyOf(without);
    this.withCheck = Map.copyOf(with);
  }

  @Override
  public byte[] sheet(Article article, String format, boolean proofread, EnglishVariant english) throws IOException {
    OutputFormat<Sheet> writer = Formats.SHEET.find(format)
        .orElseThrow(() -> new IllegalArgumentException("unknown format " + format));
    String sha = sha256(article.text().getBytes(StandardCharsets.UTF_8));
    Briefer briefer = (proofread ? withCheck : withoutCheck).get(english);
    return writer.render(SheetBuilder.layout(briefer.brief(article), sha, version), DOCUMENT, 0);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
