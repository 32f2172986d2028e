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

  public String date() {
    return sheet.date() == null ? null : sheet.date().replace('T', ' ');
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
      rows.add(new NameRow(label,
          names.stream().map(Sheet.Name::dutch).collect(Collectors.joining("; ")),
          names.stream().map(Sheet.Name::english).collect(Collectors.joining("; "))));
    }
  }

  public List<Sheet.QuoteLine> quotes() {
    return sheet.quotes();
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

  public Sheet.Footer footer() {
    return sheet.footer();
  }

  public String methodLine() {
    return methodLine(sheet);
  }

  static String methodLine(Sheet sheet) {
    return "extractive summary (" + sheet.footer().method() + ", " + sheet.keyPoints().size()
        + " sentences), word-by-word gloss from the glossary" + (sheet.proofreading().checked() ? ", LanguageTool proofreading" : "");
  }

  public String coverageLine() {
    return coverageLine(sheet.footer());
  }

  static String coverageLine(Sheet.Footer f) {
    return f.coveragePercent() + "% (" + f.glossedWords() + " of " + f.countedWords() + " words)";
  }

  public record TermRow(Sheet.Term left, Sheet.Term right) {}

  public record NameRow(String label, String dutch, String english) {}
}
