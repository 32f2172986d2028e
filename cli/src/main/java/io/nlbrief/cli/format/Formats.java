package io.nlbrief.cli.format;

import io.nlbrief.cli.brief.HtmlSheet;
import io.nlbrief.cli.brief.JsonSheet;
import io.nlbrief.cli.brief.MarkdownSheet;
import io.nlbrief.cli.brief.PdfSheet;
import io.nlbrief.cli.brief.Sheet;
import io.nlbrief.cli.brief.TextSheet;
import io.nlbrief.cli.check.Checked;
import io.nlbrief.cli.check.FindingsJson;
import io.nlbrief.cli.check.FindingsText;
import io.nlbrief.cli.gloss.GlossJson;
import io.nlbrief.cli.gloss.GlossPage;
import io.nlbrief.cli.gloss.GlossText;
import io.nlbrief.cli.parse.ConlluArticle;
import io.nlbrief.cli.parse.JsonArticle;
import io.nlbrief.cli.parse.TextOutline;
import io.nlbrief.cli.summarize.SummaryJson;
import io.nlbrief.cli.summarize.SummaryText;
import io.nlbrief.cli.summarize.Summarized;
import io.nlbrief.parser.Article;

/**
 * Every output format of every command, keyed by {@code --format}: the one place a new format is
 * added (a class implementing {@link OutputFormat} and a line here). The registries are immutable
 * and their formats stateless, so one instance serves every run and thread.
 */
public final class Formats {
  /** {@code parse}: the outline, the analysed article and its CoNLL-U. */
  public static final FormatRegistry<Article> ARTICLE = FormatRegistry.of(new TextOutline(), new JsonArticle(), new ConlluArticle());
  /** {@code summarize}. */
  public static final FormatRegistry<Summarized> SUMMARY = FormatRegistry.of(new SummaryText(), new SummaryJson());
  /** {@code gloss}. */
  public static final FormatRegistry<GlossPage> GLOSS = FormatRegistry.of(new GlossText(), new GlossJson());
  /** {@code brief}: the sheet. */
  public static final FormatRegistry<Sheet> SHEET =
      FormatRegistry.of(new TextSheet(), new MarkdownSheet(), new HtmlSheet(), new PdfSheet(), new JsonSheet())
          .withAlias("markdown", "md");
  /** {@code check}: the findings. */
  public static final FormatRegistry<Checked> FINDINGS = FormatRegistry.of(new FindingsText(), new FindingsJson());

  private Formats() {}

  /** The names of {@link #SHEET}, for picocli's completion and help. */
  public static final class SheetNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SHEET.iterator();
    }
  }
}
