package io.nlbrief.checker.internal;

import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.Dutch;
import org.languagetool.rules.nl.DutchMultitokenSpeller;
import org.languagetool.rules.nl.SpaceInCompoundRule;
import org.languagetool.tagging.nl.DutchTagger;
import org.languagetool.tagging.disambiguation.Disambiguator;

/**
 * Loads, on the second core, the parts of LanguageTool's Dutch support that every check pipeline
 * of the process shares (LanguageTool keeps them in static fields and caches), while the first
 * pipeline is built on another thread. On a cold start they would otherwise load one after another
 * on that thread, in the pipeline's constructor and in the first check: 8 s of a 10 s start.
 *
 * <p>The order is the reverse of the order in which the pipeline needs them (measured with JFR on
 * a cold {@code check}): the pipeline works from the front (its own speller,
 * {@link SpaceInCompoundRule}'s trie, the pattern rules, then the first check), this thread from
 * the back (the multi-word speller, the disambiguator, ...), so the two meet in
 * the middle instead of waiting for each other. Loading is idempotent and thread-safe in
 * LanguageTool (class initialisation, concurrent caches, synchronised lazy loading), so a thread
 * that gets to a part second waits for it, never repeats the work; {@link LanguageToolRuntime#shareDefaultSpeller}
 * also saves building the same speller three times.
 */
final class SharedWarmup {
  private SharedWarmup() {}

  /**
   * @param language the checker's own language (its default speller and tagger)
   * @param disambiguator the checker's disambiguator, as its pipelines will call it
   */
  static void start(Language language, Disambiguator disambiguator) {
    Thread thread = new Thread(() -> warm(language, disambiguator), "nlbrief-check-warmup");
    thread.setDaemon(true);
    thread.start();
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void warm(Language language, Disambiguator disambiguator) {
    step(LanguageToolRuntime::installSpellerDictionaries);
    // Needed early by the pipeline (its pattern rules' DutchNumberInWordFilter), which waits for it.
    step(() -> LanguageToolRuntime.shareDefaultSpeller(language));
    // From here on, the reverse of the order of need. The multi-word speller is needed last (by
    // a filter of a pattern rule, in the first check); it consults the speller shared above.
    step(() -> DutchMultitokenSpeller.INSTANCE.getSuggestions("woordenboek"));
    // Not the synthesizer: it loads on its first real use (DeferredSynthesizer), which most
    // texts never make, and loading it here cost a cold check 1.8 s of CPU on a machine of two
    // cores that three threads already keep busy.
    step(() -> disambiguator.disambiguate(sentenceStart()));
    // The shared speller's dictionaries, for the spelling filters of pattern rules.
    step(() -> language.getDefaultSpellingRule().isMisspelled("woordenboek"));
    step(Dutch::getCompoundAcceptor);
    // The first thing a check does; loaded under its own lock in Language.
    step(language::getSentenceTokenizer);
    // The static instance itself, not through Language.getTagger(): that holds the language's
    // monitor while it loads, which the pipeline's thread needs too (as it loads the pattern rules).
    step(() -> DutchTagger.INSTANCE.tag(List.of("woordenboek", "pooierverbod")));
    step(() -> Class.forName(SpaceInCompoundRule.class.getName(), true, SpaceInCompoundRule.class.getClassLoader()));
  }

  private static void step(Step step) {
    try {
      step.run();
    } catch (Exception | LinkageError e) {
      // Only a head start: whatever failed here loads, or reports its failure, in the check itself.
    }
  }

  /** The smallest sentence LanguageTool analyses: its start token alone. */
  private static AnalyzedSentence sentenceStart() {
    AnalyzedToken start = new AnalyzedToken("", JLanguageTool.SENTENCE_START_TAGNAME, null);
    return new AnalyzedSentence(new AnalyzedTokenReadings[] {new AnalyzedTokenReadings(start, 0)});
  }
}
