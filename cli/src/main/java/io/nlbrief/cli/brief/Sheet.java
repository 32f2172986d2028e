package io.nlbrief.cli.brief;

import io.nlbrief.summarizer.gloss.EnglishVariant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One bilingual briefing sheet: everything the formats print, already decided (what is shown, in
 * which order, how many), so that text, Markdown, HTML, PDF and JSON say the same thing. Immutable.
 *
 * @param file the input as the user named it ({@code -} for standard input)
 * @param sha256 the SHA-256 of the input's bytes, lower-case hex
 * @param english the English of every rendering, term and name on the sheet (American or British)
 * @param headline the Dutch headline and its English gloss; empty when the input has none
 * @param source the news agency or publisher, or {@code null}
 * @param author who wrote it (the byline), or {@code null}
 * @param url the article's address, or {@code null}
 * @param date the publication date-time ({@code 2018-03-27T15:38}) or date ({@code 2018-03}), or {@code null}
 * @param words the number of words in the article
 * @param readingMinutes minutes an average reader of Dutch needs, at {@value SheetBuilder#WORDS_PER_MINUTE} words a minute, at least 1
 * @param warning a warning to show above everything (text does not look Dutch), or {@code null}
 * @param keyPoints the summary sentences, each with its gloss line
 * @param keyTerms the top terms with their English senses
 * @param people people named, with English names
 * @param organisations organisations named, with English names (NAVO → NATO)
 * @param places places named, with English names
 * @param quotes quotations with their English gloss and speaker
 * @param proofreading counts and findings, or {@link Proofreading#skipped()} with --no-check
 * @param footer how the sheet was made
 */
public record Sheet(
    String file,
    String sha256,
    EnglishVariant english,
    Bilingual headline,
    String source,
    String author,
    String url,
    String date,
    long words,
    int readingMinutes,
    String warning,
    List<Bilingual> keyPoints,
    List<Term> keyTerms,
    List<Name> people,
    List<Name> organisations,
    List<Name> places,
    List<QuoteLine> quotes,
    Proofreading proofreading,
    Footer footer) {

  public Sheet {
    Objects.requireNonNull(english);
    keyPoints = List.copyOf(keyPoints);
    keyTerms = List.copyOf(keyTerms);
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
    quotes = List.copyOf(quotes);
  }

  /**
   * Dutch text and its English rendering ({@code ⟨word?⟩} marks a word the glossary lacks);
   * {@code uncertain} when the engine was unsure of it (a clause kept in Dutch word order, unknown
   * words), which the sheet marks with {@value #UNCERTAIN_MARK}.
   */
  public record Bilingual(String dutch, String english, List<String> unknown, boolean uncertain) {
    public Bilingual {
      unknown = List.copyOf(unknown);
    }

    /** A line the engine is sure of. */
    public Bilingual(String dutch, String english, List<String> unknown) {
      this(dutch, english, unknown, false);
    }

    public static Bilingual empty() {
      return new Bilingual("", "", List.of());
    }

    public boolean isEmpty() {
      return dutch.isEmpty();
    }
  }

  /** What marks an uncertain English line on the sheet, before it. */
  public static final String UNCERTAIN_MARK = "≈";

  /** The sheet's explanation of the mark, under the lines when any is marked. */
  public static final String UNCERTAIN_NOTE = UNCERTAIN_MARK + " the engine was unsure of this English rendering "
      + "(part of it kept in Dutch word order, or words the glossary lacks): read it with care.";

  /** Whether any line of the sheet (headline or key point) is marked uncertain. */
  public boolean hasUncertain() {
    return headline.uncertain() || keyPoints.stream().anyMatch(Bilingual::uncertain);
  }

  /** A key term: Dutch lemma or phrase, its English senses ({@code ""} when unknown), occurrences. */
  public record Term(String dutch, String english, int count) {}

  /** A name as the article gives it and its English form (the same when English uses it too). */
  public record Name(String dutch, String english, int mentions) {
    /** Whether English writes it differently, so the sheet shows both. */
    public boolean translated() {
      return !dutch.equals(english);
    }
  }

  /**
   * A quotation, its gloss, its speaker ({@code null} when the text names none) and the outlet the
   * article credits with it ({@code null} when none).
   */
  public record QuoteLine(String dutch, String english, String speaker, String reportedBy) {}

  /**
   * @param checked false with --no-check
   * @param categories number of findings per category name, most first, then by name
   * @param findings the findings shown, in text order (at most {@link SheetBuilder#MAX_FINDINGS})
   * @param total all findings, also those not shown
   */
  public record Proofreading(boolean checked, Map<String, Integer> categories, List<Issue> findings, int total) {
    public Proofreading {
      categories = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(categories));
      findings = List.copyOf(findings);
    }

    public static Proofreading skipped() {
      return new Proofreading(false, Map.of(), List.of(), 0);
    }

    /** Findings counted but not listed. */
    public int more() {
      return total - findings.size();
    }
  }

  /**
   * A proofreading finding.
   *
   * @param line 1-based line in the input's text
   * @param column 1-based column
   * @param category the category's name (Dutch, as LanguageTool names it)
   * @param text the words it is about
   * @param message what is wrong, in Dutch
   * @param explanation what the category means, in English
   * @param suggestions replacements, best first
   */
  public record Issue(
      int line, int column, String category, String ruleId, String text, String message, String explanation,
      List<String> suggestions) {
    public Issue {
      suggestions = List.copyOf(suggestions);
    }

    /** The best suggestion, or {@code null}. */
    public String suggestion() {
      return suggestions.isEmpty() ? null : suggestions.get(0);
    }
  }

  /**
   * @param method the summary method
   * @param glossedWords words of the article the glossary covered
   * @param countedWords words that count for coverage (names excluded)
   * @param version nlbrief's version
   */
  public record Footer(String method, int glossedWords, int countedWords, String version) {
    /** Glossary coverage in whole per cent, rounded down so 99.6 % never reads as complete. */
    public int coveragePercent() {
      return countedWords == 0 ? 0 : (int) (100L * glossedWords / countedWords);
    }
  }
}
