package io.nlbrief.cli.pipeline;

import io.nlbrief.checker.Checker;
import io.nlbrief.cli.brief.Sheet;
import io.nlbrief.cli.brief.SheetBuilder;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.Formats;
import io.nlbrief.cli.format.OutputFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.summarizer.gloss.Glossary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * {@link Briefer} on the briefing library ({@link io.nlbrief.cli.briefing.Briefer}), laid out by
 * {@link SheetBuilder} and rendered by the sheet formats {@code brief} uses: the record as
 * {@code brief --format json} prints it in a batch, the sheet as {@code brief --format FORMAT}
 * writes one to a file.
 */
final class SheetBriefer implements Briefer {
  private static final FormatContext RECORD = FormatContext.single().batch(true);
  private static final FormatContext SHEET = FormatContext.single();

  private final ArticleParser parser;
  private final io.nlbrief.cli.briefing.Briefer briefer;
  private final OutputFormat<Sheet> json = Formats.SHEET.get("json");
  private final OutputFormat<Sheet> sheetFormat;
  private final String version;

  SheetBriefer(BriefSettings settings) throws ParseException {
    parser = ArticleParser.create(settings.parseOptions());
    Glossary glossary;
    List<Path> user = settings.glossaries().stream().map(Path::of).toList();
    try {
      glossary = Glossary.load(user, problem -> { });
    } catch (UncheckedIOException e) {
      throw new ParseException(String.valueOf(user), ParseException.Reason.UNREADABLE, e.getCause().getMessage(), e);
    }
    briefer = io.nlbrief.cli.briefing.Briefer.create(parser, glossary, settings.length())
        .withChecker(settings.check() ? Checker.create(settings.checkOptions()) : null);
    sheetFormat = settings.sheetFormat() == null ? null : Formats.SHEET.get(settings.sheetFormat());
    version = settings.version();
  }

  @Override
  public Brief brief(Document document) throws ParseException, IOException {
    Article article = parser.parse(document.bytes(), document.name());
    Sheet sheet = SheetBuilder.layout(briefer.brief(article), sha256(document.bytes()), version);
    byte[] sheetBytes = sheetFormat == null ? null : sheetFormat.render(sheet, SHEET, 0);
    return new Brief(json.render(sheet, RECORD, 0), sheetBytes, sheet.words(), sheet.proofreading().categories());
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
