package io.nlbrief.cli.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The sheet as the templates see it: the sheet's fields plus the few things a template cannot
 * compute (pairs of terms per row, one row per kind of name, sentences with counts). Public
 * because JMustache reads it by reflection.
 */
public final class SheetView {
  private final Sheet sheet;

  public SheetView(Sheet sheet) {
    this.sheet = sheet;
  }

  public String file() {
    return sheet.file();
  }

  public String sha256() {
    return sheet.sha256();
  }

  public Sheet.Bilingual headline() {
    return sheet.headline();
  }

  public String source() {
    return sheet.source();
  }

  public String author() {
    return sheet.author();
  }

  /** The article's address when it is a web address (another scheme is shown, never linked). */
  public String link() {
    String url = sheet.url();
    return url != null && url.matches("(?i)https?://\\S+") ? url : null;
  }

  public String url() {
    return sheet.url();
  }

  public String date() {
    return readable(sheet.date());
  }

  /** The date as the sheet's JSON has it (ISO-8601), for HTML's {@code <time datetime>}. */
  public String isoDate() {
    return sheet.date();
  }

  /**
   * An ISO-8601 date-time for a reader: {@code 2018-03-27 15:38 UTC+02:00}, the offset named as
   * such when the source gave one, so that the time cannot pass for the reader's own.
   */
  static String readable(String iso) {
    if (iso == null) {
      return null;
    }
    String s = iso.replace('T', ' ');
    int n = s.length();
    boolean offset = n > 16 && (s.charAt(n - 6) == '+' || s.charAt(n - 6) == '-') && s.charAt(n - 3) == ':';
    return offset ? s.substring(0, n - 6) + " UTC" + s.substring(n - 6) : s;
  }

  public String words() {
    return String.format(Locale.ROOT, "%,d", sheet.words());
  }

  public int readingMinutes() {
    return sheet.readingMinutes();
  }

  public String warning() {
    return sheet.warning();
  }

  public List<Sheet.Bilingual> keyPoints() {
    return sheet.keyPoints();
  }

  public boolean hasKeyPoints() {
    return !sheet.keyPoints().isEmpty();
  }

  public List<Sheet.Term> keyTerms() {
    return sheet.keyTerms();
  }

  public boolean hasTerms() {
    return !sheet.keyTerms().isEmpty();
  }

  /** Terms two to a row, in order along the rows. */
  public List<TermRow> termRows() {
    List<TermRow> rows = new ArrayList<>();
    List<Sheet.Term> terms = sheet.keyTerms();
    for (int i = 0; i < terms.size(); i += 2) {
      rows.add(new TermRow(terms.get(i), i + 1 < terms.size() ? terms.get(i + 1) : null));
    }
    return rows;
  }

  public boolean hasNames() {
    return !nameRows().isEmpty();
  }

  /** One row per kind of name that the article has. */
  public List<NameRow> nameRows() {
    List<NameRow> rows = new ArrayList<>();
    add(rows, "People", sheet.people());
    add(rows, "Organisations", sheet.organisations());
    add(rows, "Places", sheet.places());
    return rows;
  }

  private static void add(List<NameRow> rows, String label, List<Sheet.Name> names) {
    if (!names.isEmpty()) {
      rows.add(new NameRow(label, names));
    }
  }

  /** {@code NAVO = NATO (4×)}, or {@code Jens Stoltenberg (5×)} when English writes it the same. */
  static String pair(Sheet.Name n) {
    return (n.translated() ? n.dutch() + " = " + n.english() : n.dutch()) + " (" + n.mentions() + "×)";
  }

  public List<QuoteView> quotes() {
    return sheet.quotes().stream().map(q -> new QuoteView(q.dutch(), q.english(), credit(q))).toList();
  }

  /** {@code Stoltenberg}, {@code Sergej Lavrov, cited by de BBC}, or {@code null} when nobody is named. */
  static String credit(Sheet.QuoteLine q) {
    if (q.speaker() == null) {
      return q.reportedBy() == null ? null : "cited by " + q.reportedBy();
    }
    return q.reportedBy() == null ? q.speaker() : q.speaker() + ", cited by " + q.reportedBy();
  }

  public boolean hasQuotes() {
    return !sheet.quotes().isEmpty();
  }

  public Sheet.Proofreading proofreading() {
    return sheet.proofreading();
  }

  public boolean hasFindings() {
    return !sheet.proofreading().findings().isEmpty();
  }

  /** {@code 3 findings: Spelling 2, Grammatica 1} or {@code No findings.} */
  public String findingsSummary() {
    return findingsSummary(sheet.proofreading());
  }

  static String findingsSummary(Sheet.Proofreading p) {
    if (p.total() == 0) {
      return "No findings.";
    }
    return p.total() + (p.total() == 1 ? " finding: " : " findings: ")
        + p.categories().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Whether a line is marked uncertain, so the sheet explains the mark. */
  public boolean hasUncertain() {
    return sheet.hasUncertain();
  }

  public String uncertainNote() {
    return Sheet.UNCERTAIN_NOTE;
  }

  public String uncertainMark() {
    return Sheet.UNCERTAIN_MARK;
  }

  public Sheet.Footer footer() {
    return sheet.footer();
  }

  public String methodLine() {
    return methodLine(sheet);
  }

  static String methodLine(Sheet sheet) {
    return "extractive summary (" + sheet.footer().method() + ", " + sheet.keyPoints().size()
        + " sentences), English rendering from the glossary" + (sheet.proofreading().checked() ? ", LanguageTool proofreading" : "");
  }

  public String coverageLine() {
    return coverageLine(sheet.footer());
  }

  static String coverageLine(Sheet.Footer f) {
    return f.coveragePercent() + "% (" + f.glossedWords() + " of " + f.countedWords() + " words)";
  }

  public record TermRow(Sheet.Term left, Sheet.Term right) {}

  /** A kind of name and its names, each Dutch = English with how often the article uses it. */
  public record NameRow(String label, List<Sheet.Name> names) {}

  /** A quotation as shown: its words and who said it ({@code null} when nobody is named). */
  public record QuoteView(String dutch, String english, String credit) {}
}
