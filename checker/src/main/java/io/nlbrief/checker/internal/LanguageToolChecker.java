package io.nlbrief.checker.internal;

import io.nlbrief.checker.CheckOptions;
import io.nlbrief.checker.CheckProgress;
import io.nlbrief.checker.CheckResult;
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
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.languagetool.CheckResults;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.SentenceRange;
import org.languagetool.markup.AnnotatedText;
import org.languagetool.rules.AbstractSimpleReplaceRule2;
import org.languagetool.rules.CategoryId;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * The checker: LanguageTool on the article's prose, nlbrief's own rules on the parser's tokens,
 * then the false-alarm filters. One {@link Pipeline} per thread, as LanguageTool's server keeps
 * one {@code JLanguageTool} per worker: building one takes seconds and it is not thread-safe.
 */
public final class LanguageToolChecker implements Checker {
  private static final Locale ROOT = Locale.ROOT;

  /**
   * In order: cheapest and most certain first. A candidate is kept only if no filter calls it a
   * false alarm, and each filter judges it alone, so the order changes what a check costs, never
   * what it finds. {@link SuggestionInPlaceFilter} comes last because it reads every candidate's
   * suggestions: for a speller match that searches the dictionary (a JFR profile of the warm news
   * check put a quarter of the check there), wasted on the candidates the filters after it would
   * drop anyway.
   */
  static final List<MatchFilter> FILTERS = List.of(
      new TypedQuoteFilter(),
      new QuoteCommaFilter(),
      new ContinuedQuoteFilter(),
      new KickerFilter(),
      new AbbreviatedNameFilter(),
      new AbbreviationBeforeNameFilter(),
      new SeparateAbbreviationFilter(),
      new HouseStyleNameFilter(),
      new UserWordFilter(),
      new EllipticalCompoundFilter(),
      new HyphenatedCompoundFilter(),
      new ClosedCompoundFilter(),
      new DerivedWordFilter(),
      new InitialismFilter(),
      new QuotedTitleCompoundFilter(),
      new ExpressiveSpellingFilter(),
      new AmountFilter(),
      new SubjectFilter(),
      new NameFilter(),
      new MentionFilter(),
      new ForeignPhraseFilter(),
      new EnglishWordFilter(),
      new SuggestionInPlaceFilter());

  private static final List<OwnRule> OWN_RULES = List.of(new DtRule(), new AuxiliaryParticipleRule(), new DanAlsRule());

  private final CheckOptions options;
  /** The filters for this checker's level: at the default level LanguageTool's advice goes too. */
  private final List<MatchFilter> filters;
  /** The advice filter among {@link #filters}, or null ({@code --picky}). */
  private final AdviceFilter advice;
  private final Set<String> disabledRules;
  private final Set<String> disabledCategories;
  private final Language language;
  private final SpellingImmunity immunity;
  /** Characters LanguageTool is given at once (see {@link CheckSlice}). */
  private final int sliceLimit;
  private final ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(this::firstOrNewPipeline);
  /**
   * The first pipeline, built from the constructor on, on a thread of its own, for the first
   * thread that checks: a command builds the checker before it parses its first input (a second
   * or more cold), so the build runs meanwhile instead of after. Taken once; later threads build
   * their own.
   */
  private final AtomicReference<FutureTask<Pipeline>> prepared = new AtomicReference<>();
  private volatile ArticleParser parser;

  public LanguageToolChecker(CheckOptions options) {
    this(options, CheckSlice.DEFAULT_LIMIT);
  }

  /** With LanguageTool given at most about {@code sliceLimit} characters at once: for tests. */
  LanguageToolChecker(CheckOptions options, int sliceLimit) {
    this.options = options;
    this.sliceLimit = sliceLimit;
    this.disabledRules = upper(options.disabledRules());
    this.disabledCategories = upper(options.disabledCategories());
    List<MatchFilter> all = new ArrayList<>(FILTERS);
    if (!options.picky()) {
      Set<String> wanted = new HashSet<>(upper(options.enabledRules()));
      wanted.addAll(upper(options.enabledCategories()));
      all.add(new AdviceFilter(wanted));
    }
    this.filters = List.copyOf(all);
    this.advice = all.stream().filter(AdviceFilter.class::isInstance).map(AdviceFilter.class::cast).findFirst().orElse(null);
    LanguageToolRuntime.prepareProcess();
    // A language object of our own (LanguageTool's registry hands out one shared instance), so
    // that its disambiguator can carry the speller's immunities without touching other users.
    this.language = newLanguage(options.variant().code());
    this.immunity = new SpellingImmunity(language);
    language.setDisambiguator(immunity);
    LanguageToolRuntime.useWordRunTokenizer(language);
    // LanguageTool's registry instance builds a speller too (for its multi-word speller, which
    // asks for it by code): same tokens, faster.
    LanguageToolRuntime.useWordRunTokenizer(language.getDefaultLanguageVariant());
    // Ours, and the registry's two that LanguageTool's rules and disambiguator carry.
    LanguageToolRuntime.deferSynthesizer(language);
    LanguageToolRuntime.deferSynthesizer(language.getDefaultLanguageVariant());
    LanguageToolRuntime.deferSynthesizer(Languages.getLanguageForShortCode(options.variant().code()));
    // Everything the pipeline reads is set above: Thread.start publishes it to the new thread.
    FutureTask<Pipeline> first = new FutureTask<>(this::newPipeline);
    prepared.set(first);
    Thread builder = new Thread(() -> {
      first.run();
      loadReplaceRules(first);
    }, "nlbrief-check-prepare");
    builder.setDaemon(true);
    builder.start();
    SharedWarmup.start(language, immunity);
  }

  /**
   * Once the first pipeline is handed over, loads its simple-replace rules' word lists (0.3 s, on
   * their first match otherwise) on this thread while the first check runs. The rules load them
   * under their own lock, once ({@code AbstractSimpleReplaceRule2.lazyInit}), so the check either
   * finds them loaded or waits for them; and then only reads them.
   */
  private static void loadReplaceRules(FutureTask<Pipeline> first) {
    try {
      for (AbstractSimpleReplaceRule2 rule : first.get().replaceRules) {
        rule.getWrongWords();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | RuntimeException e) {
      // Only a head start: the check loads them itself, or reports the failure.
    }
  }

  private Pipeline firstOrNewPipeline() {
    FutureTask<Pipeline> first = prepared.getAndSet(null);
    if (first == null) {
      return newPipeline();
    }
    try {
      return first.get();
    } catch (ExecutionException e) {
      // As if this thread had built it: the same exception, from the same code.
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted while LanguageTool was loading");
    }
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
    return checkResult(article).findings();
  }

  @Override
  public CheckResult checkResult(Article article) {
    return checkResult(article, CheckProgress.NONE);
  }

  @Override
  public CheckResult checkResult(Article article, CheckProgress progress) {
    Pipeline pipeline = pipelines.get();
    CheckContext context = new CheckContext(article, pipeline.lexicon, options.userWords());
    String text = article.text();
    Suppressions suppressions = Suppressions.of(text);
    // The spans of the candidates an own rule's match must not overlap (see coversItsSpan).
    CoveredSpans covered = new CoveredSpans();
    List<Match> kept = new ArrayList<>();
    // LanguageTool's own match behind each kept candidate it made, for its serializer.
    Map<Match, RuleMatch> made = new IdentityHashMap<>();
    List<Span> sentences = new ArrayList<>();
    try {
      immunity.accept(falseAlarmWords(article, context, pipeline));
      // Slice by slice, so that LanguageTool's working set is one slice's (see CheckSlice); the
      // filters judge each candidate on its own, so they can run as the slices come.
      for (CheckSlice slice : CheckSlice.of(article, sliceLimit)) {
        AnnotatedText annotated = ArticleText.of(article, slice, pipeline.lexicon::isKnown);
        CheckResults results = pipeline.lt.check2(annotated, true, JLanguageTool.ParagraphHandling.NORMAL, null,
            JLanguageTool.Mode.ALL, options.picky() ? JLanguageTool.Level.PICKY : JLanguageTool.Level.DEFAULT, null);
        int shift = slice.span().start();
        for (RuleMatch m : pipeline.overlaps.clean(results.getRuleMatches())) {
          if (shift != 0) {
            m.setOffsetPosition(m.getFromPos() + shift, m.getToPos() + shift);
          }
          if (isCutArtefact(m, slice, article)) {
            continue;
          }
          Match candidate = toMatch(m);
          boolean keep = keeps(candidate, context, suppressions);
          if (keep || coversItsSpan(candidate, context)) {
            covered.add(candidate.start(), candidate.end());
          }
          if (keep) {
            // Searched now, while the slice's state (the speller's immunities) is as it was.
            candidate.suggestions().size();
            kept.add(candidate);
            made.put(candidate, m);
          }
        }
        for (SentenceRange r : results.getSentenceRanges()) {
          sentences.add(new Span(r.getFromPos() + shift, r.getToPos() + shift));
        }
        progress.checked(slice.span().end(), text.length());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      immunity.accept(Set.of());
    }
    for (OwnRule rule : OWN_RULES) {
      if (disabledRules.contains(rule.id()) || disabledCategories.contains(rule.categoryId())) {
        continue;
      }
      for (Sentence sentence : article.sentences()) {
        for (Match own : rule.match(sentence, pipeline.tags)) {
          if (!covered.overlaps(own.start(), own.end())) {
            covered.add(own.start(), own.end());
            if (keeps(own, context, suppressions)) {
              kept.add(own);
            }
          }
        }
      }
    }
    kept.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end).thenComparing(Match::ruleId));
    LineIndex lines = new LineIndex(text);
    List<Finding> findings = new ArrayList<>(kept.size());
    List<RuleMatch> ruleMatches = new ArrayList<>(kept.size());
    for (Match m : kept) {
      findings.add(new Finding(m.ruleId(), m.ruleDescription(), m.categoryId(), m.categoryName(), m.issueType(),
          m.message(), m.shortMessage(), Categories.english(m.categoryId(), m.categoryName()),
          new Span(m.start(), m.end()), lines.line(m.start()), lines.column(m.start()), m.suggestions()));
      ruleMatches.add(made.containsKey(m) ? made.get(m) : ownRuleMatch(m));
    }
    return new LanguageToolResult(text, article, findings, ruleMatches, sentences);
  }

  /**
   * A match LanguageTool made only because a slice began inside a sentence (a long sentence goes
   * to it in pieces, see {@link CheckSlice}): to LanguageTool each piece starts a sentence, so its
   * first word, lower case in the article, would need a capital.
   */
  private static boolean isCutArtefact(RuleMatch m, CheckSlice slice, Article article) {
    if (m.getFromPos() != slice.span().start() || slice.span().start() == 0
        || !m.getRule().getId().equals("UPPERCASE_SENTENCE_START")) {
      return false;
    }
    return article.sentences().stream().noneMatch(s -> s.span().start() == m.getFromPos());
  }

  /**
   * Whether a candidate that is not reported still keeps an own rule's match off its span. A
   * kept one does (LanguageTool's match wins where both fire), and so does a dropped grammar
   * candidate (a filter judged that very claim, such as a d/t correction with the wrong subject:
   * the own rule must not raise it again). A dropped speller match or a dropped piece of advice
   * made no claim about the verb: a comma hint over {@code verijdelt had}, removed as advice, or
   * the speller on {@code wordt-bewerkingen}, removed as a compound of known words, must not
   * hide the own rule's d/t finding there.
   */
  private boolean coversItsSpan(Match candidate, CheckContext context) {
    return !candidate.spelling() && (advice == null || !advice.isFalseAlarm(candidate, context));
  }

  /** Whether a candidate is reported: no marker silences it and no filter calls it a false alarm. */
  private boolean keeps(Match m, CheckContext context, Suppressions suppressions) {
    return !suppressions.silences(m, context.text())
        && (isNearMissSpelling(m, context) || filters.stream().noneMatch(f -> f.isFalseAlarm(m, context)));
  }

  /** One of nlbrief's own matches as LanguageTool's serializer reads a match. */
  private static RuleMatch ownRuleMatch(Match m) {
    RuleMatch match = new RuleMatch(new StandInRule(m), null, m.start(), m.end(), m.message(),
        m.shortMessage().isEmpty() ? null : m.shortMessage());
    match.setSuggestedReplacements(m.suggestions());
    return match;
  }

  /**
   * The words of the article the filters would remove wherever LanguageTool's speller reported
   * them (names, compounds of known parts, ...), decided before LanguageTool runs: the speller then
   * skips them and never searches suggestions for them. A word goes in only if the filters accept
   * every one of its occurrences, so the findings are the same as filtering afterwards.
   */
  private Set<String> falseAlarmWords(Article article, CheckContext context, Pipeline pipeline) {
    Set<String> accepted = new HashSet<>();
    Set<String> rejected = new HashSet<>();
    for (Sentence sentence : article.sentences()) {
      for (Token token : sentence.tokens()) {
        String w = token.text();
        if (!token.isWord() || rejected.contains(w) || pipeline.lexicon.isKnown(w)) {
          continue;
        }
        Match probe = new Match(pipeline.speller.getId(), "", "TYPOS", "", "misspelling", true, "", "",
            token.span().start(), token.span().end(), List.of());
        if (!isNearMissSpelling(probe, context) && FILTERS.stream().anyMatch(f -> f.isFalseAlarm(probe, context))) {
          accepted.add(w);
        } else {
          rejected.add(w);
          accepted.remove(w);
        }
      }
    }
    return accepted;
  }

  /** A speller match on a near miss of a known word stays, unless the user listed the word. */
  private static boolean isNearMissSpelling(Match match, CheckContext context) {
    if (!match.spelling()) {
      return false;
    }
    String word = match.covered(context.text());
    if (context.isUserWord(word) || !context.lexicon().isNearMiss(word)) {
      return false;
    }
    if (!CheckContext.isCapitalised(word)) {
      return true;
    }
    // A capitalised near miss beside another capitalised word (Eliott Abrams, Royal Hospital) or
    // used more than once is a name after all.
    Token before = context.previous(match.start(), 1);
    Token after = context.next(match.start());
    boolean nameBeside = before != null && before.isWord() && CheckContext.isCapitalised(before.text())
        && !context.isSentenceInitial(before.span().start())
        || after != null && after.isWord() && CheckContext.isCapitalised(after.text());
    return !nameBeside && context.occurrences(word) == 1;
  }

  private static Language newLanguage(String code) {
    Language registered = Languages.getLanguageForShortCode(code);
    try {
      return registered.getClass().getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot make LanguageTool's " + code + " language", e);
    }
  }

  private static Match toMatch(RuleMatch m) {
    Rule rule = m.getRule();
    List<String> suggestions = new LazySuggestions(m);
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
    LanguageToolRuntime.installSpellerDictionaries();
    try {
      // Before the pattern rules load: their DutchNumberInWordFilter would build its own speller.
      // The warm-up thread builds this one first, so on a cold start this waits for it.
      LanguageToolRuntime.shareDefaultSpeller(language);
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not shared: LanguageTool builds its own spellers, as it always did.
    }
    JLanguageTool lt = new JLanguageTool(language);
    // Run per group of neighbours instead (NeighbourOverlaps): the same matches, and no
    // suggestion search for a match that has no neighbour.
    lt.setCleanOverlappingMatches(false);
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
    immunity.adopt(speller.getAntiPatterns());
    LanguageToolRuntime.precomputeCharComparison(speller);
    List<AbstractSimpleReplaceRule2> replaceRules = lt.getAllRules().stream()
        .filter(AbstractSimpleReplaceRule2.class::isInstance)
        .map(AbstractSimpleReplaceRule2.class::cast)
        .toList();
    return new Pipeline(lt, speller, new Lexicon(speller), new WordTags(language.getTagger()), replaceRules,
        new NeighbourOverlaps(language));
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
    /** Its rules that load their word lists on first use, for {@link #loadReplaceRules}. */
    final List<AbstractSimpleReplaceRule2> replaceRules;
    final NeighbourOverlaps overlaps;

    Pipeline(JLanguageTool lt, SpellingCheckRule speller, Lexicon lexicon, WordTags tags,
        List<AbstractSimpleReplaceRule2> replaceRules, NeighbourOverlaps overlaps) {
      this.overlaps = overlaps;
      this.replaceRules = replaceRules;
      this.lt = lt;
      this.speller = speller;
      this.lexicon = lexicon;
      this.tags = tags;
    }
  }
}
