package io.nlbrief.cli.brief;

import io.nlbrief.checker.Finding;
import io.nlbrief.cli.briefing.Briefing;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.EntityType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays a {@link Briefing} out as a {@link Sheet}: decides what fits on one page, so every format
 * shows the same. The briefing holds everything; this only chooses and shortens. Stateless.
 */
public final class SheetBuilder {
  /** A common figure for adults reading news in their own language; a Dutch reader's pace. */
  public static final int WORDS_PER_MINUTE = 200;
  static final int MAX_TERMS = 10;
  static final int MAX_NAMES = 6;
  static final int MAX_QUOTES = 4;
  static final int MAX_FINDINGS = 6;

  private SheetBuilder() {}

  /**
   * @param sha256 the SHA-256 of the input's bytes, lower-case hex ({@code ""} when not known)
   * @param version nlbrief's version, for the footer
   */
  public static Sheet layout(Briefing briefing, String sha256, String version) {
    Article article = briefing.article();
    String date = article.metadata().published() != null ? article.metadata().published() : article.metadata().date();
    long words = briefing.words();
    String warning = article.warnings().isEmpty() ? null : String.join("; ", article.warnings());
    return new Sheet(
        article.file(),
        sha256,
        briefing.english(),
        bilingual(briefing.headline()),
        article.metadata().source(),
        article.metadata().author(),
        article.metadata().url(),
        date,
        words,
        (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
        warning,
        briefing.keyPoints().stream().map(SheetBuilder::bilingual).toList(),
        briefing.keyTerms().stream().limit(MAX_TERMS)
            .map(t -> new Sheet.Term(t.term().term(), t.english(), t.term().count())).toList(),
        names(briefing, EntityType.PERSON),
        names(briefing, EntityType.ORGANISATION),
        names(briefing, EntityType.PLACE),
        briefing.quotes().stream().limit(MAX_QUOTES)
            .map(q -> new Sheet.QuoteLine(q.dutch(), q.english(), q.speaker(), q.reportedBy())).toList(),
        briefing.findings().map(f -> proofreading(article, f)).orElse(Sheet.Proofreading.skipped()),
        new Sheet.Footer(briefing.summary().method(), briefing.glossedWords(), briefing.countedWords(), version));
  }

  private static Sheet.Bilingual bilingual(Briefing.Line line) {
    return new Sheet.Bilingual(line.dutch(), line.english(), line.unknown(), line.uncertain());
  }

  private static List<Sheet.Name> names(Briefing briefing, EntityType type) {
    return briefing.names().stream()
        .filter(n -> n.entity().type() == type)
        .limit(MAX_NAMES)
        .map(n -> new Sheet.Name(n.entity().name(), n.english(), n.entity().mentions()))
        .toList();
  }

  private static Sheet.Proofreading proofreading(Article article, List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.categoryName(), 1, Integer::sum));
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    List<Sheet.Issue> shown = findings.stream()
        .limit(MAX_FINDINGS)
        .map(f -> new Sheet.Issue(f.line(), f.column(), f.categoryName(), f.ruleId(), oneLine(f.span().of(article.text())),
            oneLine(f.message()), f.explanation(), f.suggestions().stream().limit(3).toList()))
        .toList();
    return new Sheet.Proofreading(true, ordered, shown, findings.size());
  }

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
