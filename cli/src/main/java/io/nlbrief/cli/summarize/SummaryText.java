package io.nlbrief.cli.summarize;

import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummarySentence;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The chosen sentences, one per line, nothing else, so the output pipes cleanly. With
 * --verbose a header of metadata, key terms and entities comes first, each
 * line starting with {@code # }. In a batch each summary starts with {@code ==> file <==} and
 * summaries are separated by a blank line, as {@code head} does.
 */
public final class SummaryText extends NamedFormat<Summarized> {

  public SummaryText() {
    super("text", "txt");
  }

  @Override
  public byte[] render(Summarized result, FormatContext context, int position) {
    Article article = result.article();
    Summary summary = result.summary();
    StringBuilder out = new StringBuilder();
    if (context.batch()) {
      out.append(position == 0 ? "" : "\n").append("==> ").append(Names.printable(article.file())).append(" <==\n");
    }
    if (context.verbose()) {
      line(out, "file", Names.printable(article.file()));
      line(out, "title", article.metadata().title());
      line(out, "date", article.metadata().published() != null ? article.metadata().published() : article.metadata().date());
      line(out, "method", summary.method());
      line(out, "sentences", summary.sentences().size() + " of " + article.sentences().size());
      line(out, "key terms", summary.keyTerms().stream().map(KeyTerm::term).collect(Collectors.joining(", ")));
      line(out, "entities", summary.entities().stream()
          .map(e -> e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ", " + e.mentions() + ")")
          .collect(Collectors.joining(", ")));
    }
    for (SummarySentence s : summary.sentences()) {
      out.append(s.text().replaceAll("\\s*\\R\\s*", " ")).append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void line(StringBuilder out, String label, String value) {
    out.append("# ").append(label).append(": ").append(value == null || value.isEmpty() ? "-" : value).append('\n');
  }
}
