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
 * {@link Briefer} on what {@code brief} itself runs today: {@link SheetBuilder} and the sheet formats of {@link Formats#SHEET}
 * (compact, as in a batch to a folder), with the same parser options, glossary and checker.
 */
final class SheetBriefer implements Briefer {
  /** The text sheet's width when written to a file: what {@code brief} uses without a terminal. */
  static final int TEXT_WIDTH = 80;

  private final ArticleParser parser;
  private final io.nlbrief.cli.briefing.Briefer briefer;
  private final String version;
  private final OutputFormat<Sheet> json = Formats.SHEET.get("json");
  /** The record: one compact line, as {@code brief --format json} writes in a batch. */
  private static final FormatContext RECORD = FormatContext.single().batch(true);
  /** A sheet file of its own, as {@code brief -o DIR} writes it. */
  private static final FormatContext SHEET_FILE = FormatContext.single().width(TEXT_WIDTH);
  private final OutputFormat<Sheet> sheetFormat;

  SheetBriefer(BriefSettings settings) throws ParseException {
    parser = ArticleParser.create(settings.parseOptions());
    Glossary glossary;
    List<Path> user = settings.glossaries().stream().map(Path::of).toList();
    try {
      glossary = Glossary.load(user, problem -> { });
    } catch (UncheckedIOException e) {
      throw new ParseException(String.valueOf(user), ParseException.Reason.UNREADABLE, e.getCause().getMessage(), e);
    }
    Checker checker = settings.check() ? Checker.create(settings.checkOptions()) : null;
    briefer = io.nlbrief.cli.briefing.Briefer.create(parser, glossary, settings.length())
        .withEnglish(settings.englishVariant()).withChecker(checker);
    version = settings.version();
    sheetFormat = sheetFormat(settings.sheetFormat());
  }

  private static OutputFormat<Sheet> sheetFormat(String kind) {
    return kind == null ? null : Formats.SHEET.get(kind);
  }

  @Override
  public Brief brief(Document document) throws ParseException, IOException {
    Article article = parser.parse(document.bytes(), document.name());
    Sheet sheet = SheetBuilder.layout(briefer.brief(article), sha256(document.bytes()), version);
    byte[] sheetBytes = sheetFormat == null ? null : sheetFormat.render(sheet, SHEET_FILE, 0);
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
