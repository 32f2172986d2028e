package io.nlbrief.cli.check;

import io.nlbrief.checker.Finding;
import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import io.nlbrief.parser.Article;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Findings as a compiler or linter prints them, one block each:
 * <pre>
 * article.txt:3:17: de de: U bedoelt vast: “de”. [DUBBEL_DE]
 *     Gisteren zag ik de de man.
 *                     ^^^^^
 *     suggestion: de
 * </pre>
 * The rule and the English explanation of its category follow on a note line. Colour (ANSI) only
 * when asked, which the command does on a terminal without {@code NO_COLOR}.
 */
public final class FindingsText extends NamedFormat<Checked> {
  private static final String BOLD = "\u001b[1m";
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  /** Characters of context either side of the span on the printed line. */
  private static final int WINDOW = 60;

  public FindingsText() {
    super("text", "txt");
  }

  @Override
  public byte[] render(Checked checked, FormatContext context, int position) {
    return render(checked.article(), checked.findings(), context.colour());
  }

  private static byte[] render(Article article, List<Finding> findings, boolean colour) {
    StringBuilder out = new StringBuilder();
    String text = article.text();
    for (Finding f : findings) {
      int lineStart = text.lastIndexOf('\n', f.span().start() - 1) + 1;
      int lineEnd = text.indexOf('\n', f.span().start());
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      // Long lines (a paragraph per line) are cut to a window around the span, marked with "…".
      int from = Math.max(lineStart, f.span().start() - WINDOW);
      int to = Math.min(lineEnd, Math.max(f.span().end(), f.span().start()) + WINDOW);
      String line = (from > lineStart ? "…" : "") + text.substring(from, to).replace("\r", "") + (to < lineEnd ? "…" : "");
      int col = f.span().start() - from + (from > lineStart ? 1 : 0);
      int width = Math.max(1, Math.min(f.span().end(), to) - f.span().start());
      out.append(colour ? BOLD : "").append(Names.printable(article.file())).append(':').append(f.line()).append(':').append(f.column())
          .append(": ").append(colour ? RESET : "")
          .append(colour ? RED : "").append(f.message()).append(colour ? RESET : "")
          .append(" [").append(f.ruleId()).append("]\n");
      out.append("    ").append(line.replace('\t', ' ')).append('\n');
      out.append("    ").append(" ".repeat(Math.max(0, Math.min(col, line.length()))))
          .append(colour ? GREEN : "").append("^".repeat(width)).append(colour ? RESET : "").append('\n');
      if (!f.suggestions().isEmpty()) {
        out.append("    suggestion").append(f.suggestions().size() > 1 ? "s" : "").append(": ")
            .append(String.join(", ", f.suggestions())).append('\n');
      }
      out.append(colour ? DIM : "").append("    note: ").append(f.explanation()).append(colour ? RESET : "").append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The closing line: how many findings in how many files. */
  public static String summary(int findings, int files) {
    return findings + (findings == 1 ? " finding" : " findings") + " in " + files + (files == 1 ? " file" : " files");
  }
}
