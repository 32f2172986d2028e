package io.nlbrief.parser;

import io.nlbrief.parser.internal.DefaultDutchAnalyzer;

/**
 * The syntactic analysis of Dutch sentences: UD parts of speech, lemmas and features on every
 * token, a UD dependency tree, and the clauses (main, verb-first, subordinate, relative,
 * {@code te}-infinitive, {@code om … te}) with their finite verb, subject, verb cluster and
 * separable particles.
 *
 * <p>One instance serves a whole process ({@link #shared()}); it is thread-safe and loads its
 * model (LanguageTool's dictionary and the trained tagger and parser) once, on first use. Time is
 * linear in the sentence's length: the tagger and the transition parser make one pass each, the
 * clause reading one more, so a 500-word run-on "sentence" costs what 500 words cost. The one
 * step that is not linear in a word's length, splitting a noun's compound lemma
 * ({@code varkenshouder} → {@code varken_houder}), is skipped for nouns longer than 64 characters,
 * so a 100,000-character "word" is analysed in well under a second.
 * {@link ArticleParser}'s sentences carry this analysis, made when first read
 * ({@link Sentence#analysedOnDemand}); consumers call this directly for text that is no article:
 * a headline, a key term, a fragment without a full stop.
 */
public interface DutchAnalyzer {

  /** The process-wide analyser. */
  static DutchAnalyzer shared() {
    return DefaultDutchAnalyzer.shared();
  }

  /** The sentence with every token analysed and its clauses; the tokens must be tagged. */
  Sentence analyse(Sentence sentence);

  /**
   * Tokenises, tags and analyses {@code text} as one sentence, whatever its punctuation (a
   * headline, a phrase); no full stop is needed, and none is added.
   */
  Sentence analyseFragment(String text);
}
