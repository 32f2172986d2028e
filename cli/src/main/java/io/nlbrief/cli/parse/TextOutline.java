package io.nlbrief.cli.parse;

import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.Metadata;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A readable outline of an article: a header of metadata, then every paragraph numbered with its
 * role and its sentences numbered through the article, then the quotes and who speaks them.
 * Numbers start at 1 (the JSON indices start at 0). In a batch each outline starts with
 * {@code ==> file <==} and outlines are separated by a blank line, as {@code head} does.
 */
public final class TextOutline extends NamedFormat<Article> {
  private static final String UNKNOWN = "-";

  public TextOutline() {
    super("text", "txt");
  }

  @Override
  public byte[] render(Article article, FormatContext context, int position) {
    StringBuilder out = new StringBuilder(article.text().length() + 1024);
    if (context.batch()) {
      out.append(position == 0 ? "" : "\n").append("==> ").append(Names.printable(article.file())).append(" <==\n");
    }
    header(out, article);
    paragraphs(out, article);
    quotes(out, article);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void header(StringBuilder out, Article article) {
    Metadata m = article.metadata();
    field(out, "file", Names.printable(article.file()));
    field(out, "title", m.title());
    field(out, "date", m.date());
    field(out, "published", m.published());
    field(out, "source", m.source());
    if (m.author() != null) {
      field(out, "author", m.author());
    }
    if (m.url() != null) {
      field(out, "url", m.url());
    }
    field(out, "content type", m.contentType());
    field(out, "charset", m.charset());
    field(out, "language", String.format(Locale.ROOT, "%s (confidence %.2f)", article.language().code(), article.language().confidence()));
    article.warnings().forEach(warning -> field(out, "warning", warning));
  }

  private static void field(StringBuilder out, String label, String value) {
    out.append(label).append(':').append(" ".repeat(14 - label.length())).append(value == null ? UNKNOWN : oneLine(value)).append('\n');
  }

  private static void paragraphs(StringBuilder out, Article article) {
    out.append('\n');
    for (Paragraph p : article.paragraphs()) {
      String label = switch (p.role()) {
        case HEADLINE -> "headline: ";
        case DATELINE -> "dateline: ";
        case SOURCE -> "source: ";
        case HEADING -> "## ";
        case BODY -> "";
      };
      out.append('¶').append(p.index() + 1);
      if (p.sentences().isEmpty()) {
        out.append(' ').append(label).append(oneLine(p.text())).append('\n');
        continue;
      }
      // The sentences carry the text; repeating it on the paragraph line would print it twice.
      out.append(label.isEmpty() ? "" : " " + label.strip()).append('\n');
      for (Sentence s : p.sentences()) {
        out.append("  [").append(s.index() + 1).append("] ").append(oneLine(s.text())).append('\n');
      }
    }
  }

  private static void quotes(StringBuilder out, Article article) {
    if (article.quotes().isEmpty()) {
      return;
    }
    out.append("\nquotes:\n");
    for (Quote q : article.quotes()) {
      // As printed in the article, with its own quote marks (,,…'' or '…').
      out.append("  [").append(q.sentence() + 1).append("] ").append(oneLine(q.span().of(article.text())))
          .append(" (").append(q.speaker() == null ? "speaker not named" : oneLine(q.speaker())).append(")\n");
    }
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ");
  }
}
