package io.nlbrief.cli.brief;

import io.nlbrief.cli.common.Names;
import io.nlbrief.cli.format.FormatContext;
import io.nlbrief.cli.format.NamedFormat;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sheet for a terminal: wrapped to {@code width} columns, each Dutch line with its English
 * gloss beneath. ANSI colour and bold only with {@code colour} (a terminal without NO_COLOR), so
 * a file or a pipe gets plain text.
 */
public final class TextSheet extends NamedFormat<Sheet> {
  /** Wider lines are hard to follow back to their start, however wide the terminal. */
  static final int MAX_WIDTH = 120;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String ENGLISH = "\u001b[36m";
  private static final String HEADING = "\u001b[1;34m";
  private static final String WARN = "\u001b[1;33m";

  private final int width;
  private final boolean colour;

  /** The format as the registry holds it; each rendering takes its width and colour from the context. */
  public TextSheet() {
    this(80, false);
  }

  /** @param width columns to wrap at; below 40 is taken as 40, above {@value #MAX_WIDTH} as that */
  public TextSheet(int width, boolean colour) {
    super("text", "txt");
    this.width = Math.min(MAX_WIDTH, Math.max(40, width));
    this.colour = colour;
  }

  /** In a batch on one stream, sheets are separated by a double rule. */
  @Override
  public byte[] render(Sheet sheet, FormatContext context, int position) {
    byte[] page = new TextSheet(context.width(), context.colour()).render(sheet);
    if (!context.batch() || position == 0) {
      return page;
    }
    byte[] rule = ("\n" + "═".repeat(72) + "\n\n").getBytes(StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(rule, rule.length + page.length);
    System.arraycopy(page, 0, out, rule.length, page.length);
    return out;
  }

  /** The sheet at this instance's width and colour. */
  public byte[] render(Sheet sheet) {
    StringBuilder out = new StringBuilder(4096);
    SheetView view = new SheetView(sheet);
    if (!sheet.headline().isEmpty()) {
      wrap(out, sheet.headline().dutch(), "", "", BOLD);
      wrap(out, marked(sheet.headline()), "", "", ENGLISH);
    }
    StringBuilder meta = new StringBuilder();
    if (sheet.author() != null) {
      meta.append("By ").append(sheet.author()).append(" · ");
    }
    if (sheet.source() != null) {
      meta.append("Source: ").append(sheet.source()).append(" · ");
    }
    if (view.date() != null) {
      meta.append(view.date()).append(" · ");
    }
    meta.append(view.words()).append(" words · ").append(sheet.readingMinutes()).append(" min read");
    wrap(out, meta.toString(), "", "", DIM);
    if (sheet.url() != null) {
      wrap(out, sheet.url(), "", "", DIM);
    }
    if (sheet.warning() != null) {
      wrap(out, "Warning: " + sheet.warning(), "", "  ", WARN);
    }

    heading(out, "Key points");
    if (sheet.keyPoints().isEmpty()) {
      wrap(out, "No sentences to summarise.", "  ", "  ", null);
    }
    for (Sheet.Bilingual point : sheet.keyPoints()) {
      wrap(out, point.dutch(), "• ", "  ", null);
      wrap(out, marked(point), "  ", "  ", ENGLISH);
    }

    heading(out, "Key terms");
    if (sheet.keyTerms().isEmpty()) {
      wrap(out, "None.", "  ", "  ", null);
    }
    int column = sheet.keyTerms().stream().mapToInt(t -> t.dutch().length()).max().orElse(0) + 2;
    column = Math.min(column, width / 2);
    for (Sheet.Term term : sheet.keyTerms()) {
      String left = "  " + pad(term.dutch(), column);
      String english = term.english().isEmpty() ? "?" : term.english();
      out.append(left);
      wrapRest(out, english + " (" + term.count() + "×)", left.length(), ENGLISH);
    }

    heading(out, "People, organisations and places");
    List<SheetView.NameRow> rows = view.nameRows();
    if (rows.isEmpty()) {
      wrap(out, "None named.", "  ", "  ", null);
    }
    for (SheetView.NameRow row : rows) {
      String list = row.names().stream().map(SheetView::pair).collect(Collectors.joining("; "));
      String left = "  " + pad(row.label(), 15);
      out.append(left);
      wrapRest(out, list, left.length(), null);
    }

    heading(out, "Quotes");
    if (sheet.quotes().isEmpty()) {
      wrap(out, "No quotations.", "  ", "  ", null);
    }
    for (SheetView.QuoteView quote : view.quotes()) {
      wrap(out, "„" + quote.dutch() + "”" + (quote.credit() == null ? "" : " — " + quote.credit()), "• ", "  ", null);
      wrap(out, "“" + quote.english() + "”", "  ", "  ", ENGLISH);
    }

    heading(out, "Proofreading");
    Sheet.Proofreading p = sheet.proofreading();
    if (!p.checked()) {
      wrap(out, "Not checked (--no-check).", "  ", "  ", null);
    } else {
      wrap(out, SheetView.findingsSummary(p), "  ", "  ", null);
      for (Sheet.Issue issue : p.findings()) {
        String where = issue.line() + ":" + issue.column();
        wrap(out, where + "  " + issue.text() + (issue.suggestion() == null ? "" : " → " + issue.suggestion())
            + "  " + issue.message(), "  ", "    ", null);
        if (issue.explanation() != null && !issue.explanation().isEmpty()) {
          wrap(out, issue.explanation(), "    ", "    ", ENGLISH);
        }
      }
      if (p.more() > 0) {
        wrap(out, "… and " + p.more() + " more (nlbrief check " + Names.printable(sheet.file()) + ")", "  ", "  ", DIM);
      }
    }

    if (sheet.hasUncertain()) {
      out.append('\n');
      wrap(out, Sheet.UNCERTAIN_NOTE, "", "  ", DIM);
    }
    out.append('\n').append(colour ? DIM : "").append("─".repeat(Math.min(width, 72))).append(colour ? RESET : "").append('\n');
    wrap(out, "Method: " + SheetView.methodLine(sheet) + ". Glossary coverage: " + SheetView.coverageLine(sheet.footer()) + ".",
        "", "", DIM);
    wrap(out, "nlbrief " + sheet.footer().version() + " · " + Names.printable(sheet.file()) + " · SHA-256 " + sheet.sha256(), "", "", DIM);
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The English line, after the uncertain mark when the engine was unsure of it. */
  private static String marked(Sheet.Bilingual b) {
    return b.uncertain() && !b.english().isEmpty() ? Sheet.UNCERTAIN_MARK + " " + b.english() : b.english();
  }

  private void heading(StringBuilder out, String title) {
    out.append('\n');
    style(out, title.toUpperCase(Locale.ROOT), HEADING);
    out.append('\n');
  }

  private void style(StringBuilder out, String text, String code) {
    if (colour && code != null) {
      out.append(code).append(text).append(RESET);
    } else {
      out.append(text);
    }
  }

  /** Writes {@code text} wrapped at word boundaries, the first line after {@code first}, the others after {@code rest}. */
  private void wrap(StringBuilder out, String text, String first, String rest, String code) {
    out.append(first);
    wrapRest(out, text, first.length(), rest.length(), code);
  }

  private void wrapRest(StringBuilder out, String text, int indent, String code) {
    wrapRest(out, text, indent, indent, code);
  }

  private void wrapRest(StringBuilder out, String text, int firstIndent, int restIndent, String code) {
    for (String line : lines(text, width - firstIndent, width - restIndent)) {
      style(out, line, code);
      out.append('\n').append(" ".repeat(restIndent));
    }
    // The loop left an indent for a line that does not come.
    out.setLength(out.length() - restIndent);
  }

  /** Greedy line breaking; a word longer than a line gets a line of its own. */
  static List<String> lines(String text, int firstWidth, int restWidth) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    int limit = Math.max(10, firstWidth);
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.codePointCount(0, line.length()) + 1 + word.codePointCount(0, word.length()) > limit) {
        lines.add(line.toString());
        line.setLength(0);
        limit = Math.max(10, restWidth);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  private static String pad(String s, int n) {
    return s.length() >= n ? s + " " : s + " ".repeat(n - s.length());
  }
}
