package io.nlbrief.cli.briefing;

import io.nlbrief.checker.CheckProgress;
import io.nlbrief.checker.CheckResult;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.Paragraph;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.Quote;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.ArticleDigest;
import io.nlbrief.summarizer.Attribution;
import io.nlbrief.summarizer.Entity;
import io.nlbrief.summarizer.Fragment;
import io.nlbrief.summarizer.KeyTerm;
import io.nlbrief.summarizer.Methods;
import io.nlbrief.summarizer.Summarizer;
import io.nlbrief.summarizer.Summary;
import io.nlbrief.summarizer.SummaryLength;
import io.nlbrief.summarizer.SummarySentence;
import io.nlbrief.summarizer.gloss.GlossEntry;
import io.nlbrief.summarizer.gloss.GlossLine;
import io.nlbrief.summarizer.gloss.GlossPos;
import io.nlbrief.summarizer.gloss.Glossary;
import io.nlbrief.summarizer.gloss.EnglishVariant;
import io.nlbrief.summarizer.gloss.Glosser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the {@link Briefing} of a parsed article: summary, English rendering, key terms, names,
 * quotes and, when given a checker, proofreading. The one place where the summarizer, the glossary
 * and the checker meet, so that every command, the server and the corpus pipeline say the same
 * about the same article. Immutable and thread-safe (its collaborators are).
 *
 * <pre>{@code
 * Briefer briefer = Briefer.create(parser, glossary, SummaryLength.sentences(3)).withChecker(checker);
 * Briefing briefing = briefer.brief(parser.parse(bytes, "article.html"));
 * }</pre>
 */
public final class Briefer {
  /** Shorter quotations are scare quotes ('repressieve'), not statements worth a line. */
  public static final int MIN_QUOTE_WORDS = 4;
  /** For key terms, which are nouns, names and noun phrases: that sense first when a word has several. */
  private static final List<GlossPos> TERM_ORDER = List.of(GlossPos.NOUN, GlossPos.NAME, GlossPos.PHRASE, GlossPos.ADJ, GlossPos.VERB);

  private final Summarizer summarizer;
  private final SummaryLength length;
  private final Glossary glossary;
  private final Glosser glosser;
  private final ArticleParser fragments;
  private final Checker checker;
  private final EnglishVariant english;

  /**
   * @param summarizer chooses the key points and finds terms and names
   * @param length how many key points
   * @param glossary the English of words and names
   * @param fragments a tagging parser for text the article holds only as metadata (the headline)
   * @param checker proofreads, or {@code null} for a briefing without findings
   */
  public Briefer(Summarizer summarizer, SummaryLength length, Glossary glossary, ArticleParser fragments, Checker checker) {
    this(summarizer, length, glossary, fragments, checker, EnglishVariant.DEFAULT);
  }

  /** As above, the English rendered in {@code english} (American or British). */
  public Briefer(Summarizer summarizer, SummaryLength length, Glossary glossary, ArticleParser fragments, Checker checker,
      EnglishVariant english) {
    this.summarizer = Objects.requireNonNull(summarizer);
    this.length = Objects.requireNonNull(length);
    this.glossary = Objects.requireNonNull(glossary);
    this.english = Objects.requireNonNull(english);
    this.glosser = new Glosser(glossary, english);
    this.fragments = Objects.requireNonNull(fragments);
    this.checker = checker;
  }

  /** The default summary method (with the names found inside compounds), no proofreading. */
  public static Briefer create(ArticleParser parser, Glossary glossary, SummaryLength length) {
    return new Briefer(new Summarizer(Methods.defaultMethod(), parser), length, glossary, parser, null);
  }

  /** The same briefer, proofreading with {@code checker} ({@code null}: not proofreading). */
  public Briefer withChecker(Checker checker) {
    return new Briefer(summarizer, length, glossary, fragments, checker, english);
  }

  /** The same briefer with another summarizer (another method). */
  public Briefer withSummarizer(Summarizer summarizer) {
    return new Briefer(summarizer, length, glossary, fragments, checker, english);
  }

  /** The same briefer rendering the English in {@code variant}: lines, quotes, headline, key terms and names. */
  public Briefer withEnglish(EnglishVariant variant) {
    return variant == english ? this : new Briefer(summarizer, length, glossary, fragments, checker, variant);
  }

  /** Whether briefings include proofreading findings. */
  public boolean proofreads() {
    return checker != null;
  }

  public Briefing brief(Article article) {
    return brief(article, CheckProgress.NONE);
  }

  /** As {@link #brief(Article)}, telling {@code progress} how far proofreading has got. */
  public Briefing brief(Article article, CheckProgress progress) {
    BriefGathering gathering = gather();
    gathering.part(article, 0, progress);
    try {
      return gathering.briefing(article, parts -> parts.part(article, 0));
    } catch (ParseException e) {
      throw new IllegalStateException("an article in memory is not parsed again", e);
    }
  }

  /** The brief of an article to be given a part at a time, as one too big to parse whole is. */
  public BriefGathering gather() {
    return new BriefGathering(this, glosser, checker);
  }

  /** The English in context of the key-term phrases asked for, by phrase. */
  @FunctionalInterface
  interface Contexts {
    Map<String, String> of(List<String> phrases) throws ParseException;
  }

  /**
   * The briefing of a gathered article: {@code lines} is the English of each sentence, {@code
   * quotes} that of each quotation, {@code findings} the proofreading or {@code null}.
   */
  Briefing assemble(ArticleDigest digest, List<BriefGathering.English> lines, List<String> quoteEnglish,
      int glossedWords, int countedWords, CheckResult findings, Contexts contexts) throws ParseException {
    Article article = digest.article();
    Briefing.Line headline = headline(article, lines);
    Set<Integer> headlineSentences = headlineSentences(article, headline);
    Summary summary = summarizer.summarize(digest, length);
    long repeats = summary.sentences().stream().filter(s -> headlineSentences.contains(s.index())).count();
    if (repeats > 0) {
      // As many key points as the length asked for, none of them the headline again.
      summary = summarizer.summarize(digest, SummaryLength.sentences((int) (summary.sentences().size() + repeats)));
    }
    List<Briefing.Line> keyPoints = new ArrayList<>();
    for (SummarySentence s : summary.sentences()) {
      if (!headlineSentences.contains(s.index())) {
        BriefGathering.English g = lines.get(s.index());
        keyPoints.add(new Briefing.Line(oneLine(s.text()), oneLine(g.english()), g.unknown(), s, g.uncertain()));
      }
    }
    Optional<List<Finding>> sorted = findings == null ? Optional.empty()
        : Optional.of(findings.findings().stream().sorted(Comparator.comparing(Finding::span)).toList());
    return new Briefing(article, summary, glossedWords, countedWords, digest.wordCount(), headline, keyPoints,
        terms(summary.keyTerms(), contexts), names(summary.entities()), quotes(article, summary.entities(), quoteEnglish),
        sorted, english);
  }

  private Briefing.Line headline(Article article, List<BriefGathering.English> lines) {
    String title = article.metadata().title();
    if (title == null || title.isBlank()) {
      return Briefing.Line.empty();
    }
    title = oneLine(title);
    // A headline that is a full sentence is also the article's first sentence: rendered already.
    for (Paragraph p : article.paragraphs()) {
      if (p.role() == Paragraph.Role.HEADLINE && !p.sentences().isEmpty()) {
        return joined(title, p.sentences().stream().map(s -> lines.get(s.index())).toList());
      }
    }
    try {
      List<GlossLine> parts = glosser.render(Fragment.analyse(fragments, title, article.file()));
      if (!parts.isEmpty()) {
        return joined(title, parts.stream().map(g -> new BriefGathering.English(g.english(), g.unknown(), g.uncertain())).toList());
      }
    } catch (ParseException e) {
      // A headline the parser refuses still shows, in Dutch.
    }
    return new Briefing.Line(title, "", List.of(), null);
  }

  private static Briefing.Line joined(String title, List<BriefGathering.English> parts) {
    StringBuilder english = new StringBuilder();
    List<String> unknown = new ArrayList<>();
    boolean uncertain = false;
    for (BriefGathering.English g : parts) {
      english.append(english.length() == 0 ? "" : " ").append(oneLine(g.english()));
      unknown.addAll(g.unknown());
      uncertain |= g.uncertain();
    }
    return new Briefing.Line(title, english.toString(), unknown, null, uncertain);
  }

  /**
   * The sentences that say what the headline says: those of a headline paragraph, and any whose
   * words are the headline's (a title repeated as the first line of the body).
   */
  static Set<Integer> headlineSentences(Article article, Briefing.Line headline) {
    Set<Integer> out = new HashSet<>();
    if (headline.isEmpty()) {
      return out;
    }
    String title = words(headline.dutch());
    for (Paragraph p : article.paragraphs()) {
      for (Sentence s : p.sentences()) {
        if (p.role() == Paragraph.Role.HEADLINE || words(s.text()).equals(title)) {
          out.add(s.index());
        }
      }
    }
    return out;
  }

  /** Lower-case words only: punctuation, quote marks and spacing do not make a sentence new. */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private List<Briefing.Term> terms(List<KeyTerm> keyTerms, Contexts contexts) throws ParseException {
    // Terms the glossary has not: their words as rendered where the article first uses them.
    List<String> unglossed = keyTerms.stream().map(KeyTerm::term).filter(t -> senses(t).isEmpty()).toList();
    Map<String, String> inContext = contexts.of(unglossed);
    List<Briefing.Term> terms = new ArrayList<>(keyTerms.size());
    for (KeyTerm term : keyTerms) {
      List<String> senses = senses(term.term());
      String english = senses.isEmpty() ? inContext.get(term.term())
          : String.join("; ", senses.subList(0, Math.min(2, senses.size())));
      terms.add(new Briefing.Term(term, english));
    }
    return terms;
  }

  private List<String> senses(String lemma) {
    return glossary.lookup(lemma).stream()
        .min(Comparator.comparingInt(e -> rank(e.pos())))
        .map(e -> e.english().stream().map(glosser::english).toList())
        .orElse(List.of());
  }

  private static int rank(GlossPos pos) {
    int i = TERM_ORDER.indexOf(pos);
    return i < 0 ? TERM_ORDER.size() : i;
  }

  private List<Briefing.Name> names(List<Entity> entities) {
    return entities.stream().map(e -> new Briefing.Name(e, englishName(e.name()).orElse(e.name()))).toList();
  }

  private Optional<String> englishName(String name) {
    return glossary.lookup(name, GlossPos.NAME).or(() -> glossary.lookup(name, GlossPos.PHRASE)).map(GlossEntry::first)
        .map(glosser::english);
  }

  private static List<Briefing.Said> quotes(Article article, List<Entity> entities, List<String> english) {
    List<Briefing.Said> quotes = new ArrayList<>();
    List<Attribution> attributions = Attribution.of(article, entities);
    for (int i = 0; i < attributions.size(); i++) {
      Attribution a = attributions.get(i);
      Quote q = a.quote();
      String dutch = oneLine(q.content().of(article.text()));
      if (dutch.split("\\s+").length < MIN_QUOTE_WORDS) {
        continue;
      }
      quotes.add(new Briefing.Said(q, dutch, oneLine(english.get(i)), a.speaker(), a.reportedBy()));
    }
    return quotes;
  }

  static String oneLine(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }
}
