package io.nlbrief.checker.internal;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.Checker;
import io.nlbrief.checker.Finding;
import io.nlbrief.parser.Article;
import io.nlbrief.parser.ArticleParser;
import io.nlbrief.parser.ParseException;
import io.nlbrief.parser.ParseOptions;
import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import io.nlbrief.parser.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The checker: LanguageTool on the article's prose, nlbrief's own rules on the parser's tokens,
 * then the false-alarm filters. One {@link Pipeline} per thread, as LanguageTool's server keeps
 * one {@code JLanguageTool} per worker: building one takes seconds and it is not thread-safe.
 */
public final class LanguageToolChecker implements Checker {
  private static final Locale ROOT = Locale.ROOT;

  /** In order: cheapest and most certain first. */
  private static final List<MatchFilter> FILTERS = List.of(
      new TypedQuoteFilter(),
      new QuoteCommaFilter(),
      new KickerFilter(),
      new AbbreviatedNameFilter(),
      new HouseStyleNameFilter(),
      new UserWordFilter(),
      new EllipticalCompoundFilter(),
      new HyphenatedCompoundFilter(),
      new ClosedCompoundFilter(),
      new NameFilter(),
      new ForeignPhraseFilter());

  private static final List<OwnRule> OWN_RULES = List.of(new DtRule(), new DanAlsRule());

  private final CheckOptions options;
  private final Set<String> disabledRules;
  private final Set<String> disabledCategories;
  private final ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(this::newPipeline);
  private volatile ArticleParser parser;

  public LanguageToolChecker(CheckOptions options) {
    this.options = options;
    this.disabledRules = upper(options.disabledRules());
    this.disabledCategories = upper(options.disabledCategories());
    SharedWarmup.start(Languages.getLanguageForShortCode(options.variant().code()));
  }

  @Override
  public CheckOptions options() {
    return options;
  }

  @Override
  public List<Finding> check(String text) {
    if (text.isBlank()) {
      return List.of();
    }
    try {
      return check(parser().parse(text.getBytes(StandardCharsets.UTF_8), "-"));
    } catch (ParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  @Override
  public List<Finding> check(Article article) {
    Pipeline pipeline = pipelines.get();
    CheckContext context = new CheckContext(article, pipeline.lexicon, options.userWords());
    List<Match> candidates = new ArrayList<>();
    try {
      pipeline.ignoreWellFormedWords(article);
      AnnotatedText annotated = ArticleText.of(article);
      List<RuleMatch> matches = pipeline.lt.check(annotated, true, JLanguageTool.ParagraphHandling.NORMAL, null,
          JLanguageTool.Mode.ALL, options.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT);
      for (RuleMatch m : matches) {
        candidates.add(toMatch(m));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (OwnRule rule : OWN_RULES) {
      if (disabledRules.contains(rule.id()) || disabledCategories.contains(rule.categoryId())) {
        continue;
      }
      for (Sentence sentence : article.sentences()) {
        for (Match own : rule.match(sentence, pipeline.tags)) {
          if (candidates.stream().noneMatch(m -> m.start() < own.end() && own.start() < m.end())) {
            candidates.add(own);
          }
        }
      }
    }
    String text = article.text();
    LineIndex lines = new LineIndex(text);
    return candidates.stream()
        .filter(m -> FILTERS.stream().noneMatch(f -> f.isFalseAlarm(m, context)))
        .sorted(Comparator.comparingInt(Match::start).thenComparingInt(Match::end).thenComparing(Match::ruleId))
        .map(m -> new Finding(m.ruleId(), m.ruleDescription(), m.categoryId(), m.categoryName(), m.issueType(), m.message(),
            m.shortMessage(), Categories.english(m.categoryId(), m.categoryName()), new Span(m.start(), m.end()),
            lines.line(m.start()), lines.column(m.start()), m.suggestions()))
        .toList();
  }

  private static Match toMatch(RuleMatch m) {
    Rule rule = m.getRule();
    List<String> suggestions = m.getSuggestedReplacementObjects().stream()
        .map(SuggestedReplacement::getReplacement)
        .limit(5)
        .toList();
    String message = m.getMessage().replace("<suggestion>", "“").replace("</suggestion>", "”");
    String shortMessage = m.getShortMessage() == null ? "" : m.getShortMessage();
    return new Match(rule.getId(), rule.getDescription(), rule.getCategory().getId().toString(), rule.getCategory().getName(),
        rule.getLocQualityIssueType().toString(), rule instanceof SpellingCheckRule, message, shortMessage,
        m.getFromPos(), m.getToPos(), suggestions);
  }

  private ArticleParser parser() {
    ArticleParser p = parser;
    if (p == null) {
      synchronized (this) {
        if (parser == null) {
          parser = ArticleParser.create(ParseOptions.defaults());
        }
        p = parser;
      }
    }
    return p;
  }

  private Pipeline newPipeline() {
    SpellerDictionaries.install();
    Language language = Languages.getLanguageForShortCode(options.variant().code());
    JLanguageTool lt = new JLanguageTool(language);
    for (String id : options.enabledCategories()) {
      lt.enableRuleCategory(new CategoryId(id.toUpperCase(ROOT)));
    }
    for (String id : options.enabledRules()) {
      lt.enableRule(id.toUpperCase(ROOT));
    }
    for (String id : disabledCategories) {
      lt.disableCategory(new CategoryId(id));
    }
    for (String id : disabledRules) {
      lt.disableRule(id);
    }
    SpellingCheckRule speller = lt.getAllSpellingCheckRules().stream()
        .filter(SpellingCheckRule::isDictionaryBasedSpellingRule)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("LanguageTool has no Dutch speller"));
    if (!options.userWords().isEmpty()) {
      speller.addIgnoreTokens(List.copyOf(options.userWords()));
    }
    return new Pipeline(lt, speller, new Lexicon(speller), new WordTags(language.getTagger()));
  }

  private static Set<String> upper(Set<String> ids) {
    return ids.stream().map(id -> id.toUpperCase(ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  /** One thread's LanguageTool with its speller, lexicon and tag cache. */
  private static final class Pipeline {
    final JLanguageTool lt;
    final SpellingCheckRule speller;
    final Lexicon lexicon;
    final WordTags tags;

    Pipeline(JLanguageTool lt, SpellingCheckRule speller, Lexicon lexicon, WordTags tags) {
      this.lt = lt;
      this.speller = speller;
      this.lexicon = lexicon;
      this.tags = tags;
    }

    /**
     * Tells the speller, before it runs, which words are well-formed compounds: it then skips its
     * suggestion search for them, the costly part of a check. Only words that are right whatever
     * the article says (compounds of known parts), so a thread's earlier articles never change
     * the result of a later one.
     */
    void ignoreWellFormedWords(Article article) {
      List<String> words = new ArrayList<>();
      for (Sentence sentence : article.sentences()) {
        for (Token token : sentence.tokens()) {
          String w = token.text();
          if (!token.isWord() || w.length() < 6 || lexicon.isKnown(w)) {
            continue;
          }
          if (w.indexOf('-') > 0 && !w.endsWith("-") ? lexicon.isHyphenatedCompound(w, part -> false) : lexicon.isCompound(w)) {
            words.add(w);
          }
        }
      }
      if (!words.isEmpty()) {
        speller.addIgnoreTokens(words);
      }
    }
  }
}
