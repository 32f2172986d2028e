package io.nlbrief.cli.brief;

import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import io.nlbrief.cli.brief.Glossing.Glossed;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.EntityType;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.summarizer.Entity;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.SummarySentence;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Makes the {@link Sheet} of one parsed article: summary, glosses, names, quotes and (unless
 * switched off) proofreading. Decides what fits on one page, so every format shows the same.
 * Thread-safe when its collaborators are (they all are).
 */
public final class SheetBuilder {
  /** A common figure for adults reading news in their own language; a Dutch reader's pace. */
  public static final int WORDS_PER_MINUTE = 200;
  static final int MAX_TERMS = 10;
  static final int MAX_NAMES = 6;
  static final int MAX_QUOTES = 4;
  static final int MAX_FINDINGS = 6;
  /** Shorter quotations are scare quotes ('repressieve'), not statements worth a line. */
  static final int MIN_QUOTE_WORDS = 4;

  private final Summarizer summarizer;
  private final SummaryLength length;
  private final Glossing glossing;
  private final Checker checker;
  private final ArticleParser headlineParser;
  private final String version;

  /**
   * @param checker {@code null} for no proofreading
   * @param headlineParser tags a headline that the article holds only as metadata, so it can be glossed
   */
  public SheetBuilder(
      Summarizer summarizer, SummaryLength length, Glossing glossing, Checker checker, ArticleParser headlineParser,
      String version) {
    this.summarizer = summarizer;
    this.length = length;
    this.glossing = glossing;
    this.checker = checker;
    this.headlineParser = headlineParser;
    this.version = version;
  }

  public Sheet build(Article article, String sha256) {
    List<Sentence> sentences = article.sentences();
    List<Glossed> glossed = new ArrayList<>(sentences.size());
    int glossedWords = 0;
    int countedWords = 0;
    for (Sentence sentence : sentences) {
      Glossed g = glossing.gloss(sentence);
      glossed.add(g);
      glossedWords += g.glossedWords();
      countedWords += g.countedWords();
    }
    Summary summary = summarizer.summarize(article, length);
    List<Sheet.Bilingual> keyPoints = new ArrayList<>();
    for (SummarySentence s : summary.sentences()) {
      Glossed g = glossed.get(s.index());
      keyPoints.add(new Sheet.Bilingual(oneLine(s.text()), oneLine(g.english()), g.unknown()));
    }
    String date = article.metadata().published() != null ? article.metadata().published() : article.metadata().date();
    long words = article.wordCount();
    String warning = article.warnings().isEmpty() ? null : String.join("; ", article.warnings());
    List<Entity> entities = withCompoundNames(article, summary.entities());
    return new Sheet(
        article.file(),
        sha256,
        headline(article, sentences, glossed),
        article.metadata().source(),
        date,
        words,
        (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE),
        warning,
        keyPoints,
        terms(summary.keyTerms(), sentences, glossed),
        names(entities, EntityType.PERSON),
        names(entities, EntityType.ORGANISATION),
        names(entities, EntityType.PLACE),
        quotes(article, sentences, glossed),
        checker == null ? Sheet.Proofreading.skipped() : proofreading(article, checker.check(article)),
        new Sheet.Footer(summary.method(), glossedWords, countedWords, version));
  }

  private Sheet.Bilingual headline(Article article, List<Sentence> sentences, List<Glossed> glossed) {
    String title = article.metadata().title();
    if (title == null || title.isBlank()) {
      return Sheet.Bilingual.empty();
    }
    title = oneLine(title);
    // A headline that is a full sentence is also the article's first sentence: glossed already.
    for (Paragraph p : article.paragraphs()) {
      if (p.role() == Paragraph.Role.HEADLINE && !p.sentences().isEmpty()) {
        List<Glossed> parts = p.sentences().stream().map(s -> glossed.get(s.index())).toList();
        return joined(title, parts, false);
      }
    }
    // Otherwise tag it on its own. A closing full stop makes the parser take it for a sentence
    // rather than a heading; it is taken off again.
    boolean stop = !title.matches(".*[.!?…]$");
    try {
      Article alone = headlineParser.parse((title + (stop ? "." : "")).getBytes(StandardCharsets.UTF_8), article.file());
      List<Glossed> parts = alone.sentences().stream().map(glossing::gloss).toList();
      if (!parts.isEmpty()) {
        return joined(title, parts, stop);
      }
    } catch (ParseException e) {
      // A headline the parser refuses still shows, in Dutch.
    }
    return new Sheet.Bilingual(title, "", List.of());
  }

  private static Sheet.Bilingual joined(String title, List<Glossed> parts, boolean dropStop) {
    StringBuilder english = new StringBuilder();
    List<String> unknown = new ArrayList<>();
    for (Glossed g : parts) {
      english.append(english.length() == 0 ? "" : " ").append(oneLine(g.english()));
      unknown.addAll(g.unknown());
    }
    String line = english.toString();
    if (dropStop && line.endsWith(".")) {
      line = line.substring(0, line.length() - 1);
    }
    return new Sheet.Bilingual(title, line, unknown);
  }

  private List<Sheet.Term> terms(List<KeyTerm> keyTerms, List<Sentence> sentences, List<Glossed> glossed) {
    List<Sheet.Term> terms = new ArrayList<>();
    for (KeyTerm term : keyTerms) {
      if (terms.size() == MAX_TERMS) {
        break;
      }
      List<String> senses = glossing.senses(term.term());
      String english = senses.isEmpty() ? inContext(term.term(), sentences, glossed) : String.join("; ", senses.subList(0, Math.min(2, senses.size())));
      terms.add(new Sheet.Term(term.term(), english, term.count()));
    }
    return terms;
  }

  /**
   * The gloss of the first place the article uses {@code phrase} (a noun phrase such as {@code
   * russische diplomaten}, which no glossary lists but whose words are glossed in the text).
   */
  private static String inContext(String phrase, List<Sentence> sentences, List<Glossed> glossed) {
    String needle = phrase.toLowerCase(Locale.ROOT);
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int at = s.text().toLowerCase(Locale.ROOT).indexOf(needle);
      if (at >= 0) {
        int start = s.span().start() + at;
        String english = glossed.get(i).english(new Span(start, start + needle.length()));
        if (!english.isEmpty()) {
          return english;
        }
      }
    }
    return "";
  }

  /**
   * The summarizer's entities plus names the article uses only inside compounds ({@code
   * NAVO-lidstaten}, {@code EU-landen}), which it leaves out, so a reader still learns that NATO is
   * involved. Only acronyms are taken from compounds (any capitalised first part would also take
   * the common word that starts a sentence), each typed as the parser types the acronym on its
   * own, and listed after the entities the summarizer found.
   */
  private List<Entity> withCompoundNames(Article article, List<Entity> entities) {
    java.util.Set<String> known = new java.util.HashSet<>();
    entities.forEach(e -> known.addAll(e.forms()));
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sentence sentence : article.sentences()) {
      for (io.nlbrief.parser.Token token : sentence.tokens()) {
        java.util.regex.Matcher m = ACRONYM_PREFIX.matcher(token.text());
        if (m.matches() && !known.contains(m.group(1))) {
          counts.merge(m.group(1), 1, Integer::sum);
        }
      }
    }
    if (counts.isEmpty()) {
      return entities;
    }
    List<Entity> all = new ArrayList<>(entities);
    counts.forEach((acronym, count) -> {
      EntityType type = typeOf(acronym);
      if (type != EntityType.OTHER) {
        all.add(new Entity(acronym, type, count, List.of(acronym)));
      }
    });
    return all;
  }

  private static final java.util.regex.Pattern ACRONYM_PREFIX = java.util.regex.Pattern.compile("(\\p{Lu}{2,})-\\p{L}.*");

  /** How the parser types {@code acronym} standing alone in a plain sentence. */
  private EntityType typeOf(String acronym) {
    try {
      Article alone = headlineParser.parse(("Het gaat om " + acronym + ".").getBytes(StandardCharsets.UTF_8), "-");
      return alone.sentences().stream()
          .flatMap(s -> s.tokens().stream())
          .filter(t -> t.text().equals(acronym) && t.entity() != null)
          .map(io.nlbrief.parser.Token::entity)
          .findFirst()
          .orElse(EntityType.OTHER);
    } catch (ParseException e) {
      return EntityType.OTHER;
    }
  }

  private List<Sheet.Name> names(List<Entity> entities, EntityType type) {
    return entities.stream()
        .filter(e -> e.type() == type)
        .limit(MAX_NAMES)
        .map(e -> new Sheet.Name(e.name(), glossing.englishName(e.name()).orElse(e.name()), e.mentions()))
        .toList();
  }

  private static List<Sheet.QuoteLine> quotes(Article article, List<Sentence> sentences, List<Glossed> glossed) {
    List<Sheet.QuoteLine> quotes = new ArrayList<>();
    for (Quote q : article.quotes()) {
      if (quotes.size() == MAX_QUOTES) {
        break;
      }
      String dutch = oneLine(q.content().of(article.text()));
      if (dutch.split("\\s+").length < MIN_QUOTE_WORDS) {
        continue;
      }
      StringBuilder english = new StringBuilder();
      for (int i = 0; i < sentences.size(); i++) {
        Span s = sentences.get(i).span();
        if (s.end() > q.content().start() && s.start() < q.content().end()) {
          String part = glossed.get(i).english(q.content());
          if (!part.isEmpty()) {
            english.append(english.length() == 0 ? "" : " ").append(part);
          }
        }
      }
      quotes.add(new Sheet.QuoteLine(dutch, oneLine(english.toString()), q.speaker()));
    }
    return quotes;
  }

  private static Sheet.Proofreading proofreading(Article article, List<Finding> findings) {
    Map<String, Integer> counts = new TreeMap<>();
    findings.forEach(f -> counts.merge(f.categoryName(), 1, Integer::sum));
    Map<String, Integer> ordered = new LinkedHashMap<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    List<Sheet.Issue> shown = findings.stream()
        .sorted(Comparator.comparing(Finding::span))
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
