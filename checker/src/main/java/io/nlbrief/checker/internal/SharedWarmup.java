package io.nlbrief.checker.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.language.Dutch;
import org.languagetool.rules.nl.DutchMultitokenSpeller;
import org.languagetool.rules.nl.DutchNumberInWordFilter;
import org.languagetool.rules.nl.SpaceInCompoundRule;
import org.languagetool.rules.spelling.SpellingCheckRule;
import org.languagetool.synthesis.nl.DutchSynthesizer;
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
 * the back (the multi-word speller, the synthesizer, the disambiguator, ...), so the two meet in
 * the middle instead of waiting for each other. Loading is idempotent and thread-safe in
 * LanguageTool (class initialisation, concurrent caches, synchronised lazy loading), so a thread
 * that gets to a part second waits for it, never repeats the work; the one exception is named at
 * {@link #shareNumberFilterSpeller}.
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
    // LanguageTool's registry instance: LanguageTool's own code asks for it by code (the
    // multi-word speller, the disambiguator's rule files, Dutch.getDefaultLanguageVariant).
    Language registered = language.getDefaultLanguageVariant();
    step(SpellerDictionaries::install);
    // The multi-word speller, needed last (by a filter of a pattern rule, in the first check),
    // is built first; it consults the registry instance's default speller, which
    // DutchNumberInWordFilter needs early (while the pipeline loads the pattern rules).
    step(() -> shareNumberFilterSpeller(registered.getDefaultSpellingRule()));
    step(() -> DutchMultitokenSpeller.INSTANCE.getSuggestions("woordenboek"));
    // With a tag pattern, as pattern rules ask, which also loads the synthesizer's tag list.
    step(() -> language.getSynthesizer().synthesize(new AnalyzedToken("woorden", null, "woord"), ".*", true));
    step(() -> disambiguator.disambiguate(sentenceStart()));
    step(() -> language.getDefaultSpellingRule().isMisspelled("woordenboek"));
    step(() -> language.getTagger().tag(List.of("woordenboek", "pooierverbod")));
    step(Dutch::getCompoundAcceptor);
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

  /**
   * LanguageTool's {@code DutchNumberInWordFilter} (used by pattern rules) builds, for itself, a
   * speller the same as the registry instance's default one: same class, same Dutch language
   * class, no user configuration, and it only asks it whether a word is misspelled and for
   * suggestions, which depend on nothing else. It keeps that speller in a private static field
   * and builds it only while the field is empty, with a language object of its own, so the fast
   * tokenizer does not help it: 0.6 s of a cold start. Putting the registry's speller there first
   * saves building a fourth speller.
   *
   * <p>The field is LanguageTool's private, unguarded state: if the pipeline gets to the filter
   * while this thread is still building the registry's speller, the filter builds its own and
   * either may stay, as LanguageTool itself allows when two pipelines load at once. Nothing is set
   * when the field is not what LanguageTool 6.7 has (renamed, retyped, already set).
   */
  static void shareNumberFilterSpeller(SpellingCheckRule speller) throws ReflectiveOperationException {
    Field field = DutchNumberInWordFilter.class.getDeclaredField("dutchSpellerRule");
    if (!Modifier.isStatic(field.getModifiers()) || !field.getType().isInstance(speller)) {
      return;
    }
    field.setAccessible(true);
    synchronized (DutchNumberInWordFilter.class) {
      if (field.get(null) == null) {
        field.set(null, speller);
      }
    }
  }
}
