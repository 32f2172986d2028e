package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.gloss.internal.GlossEngine;
import java.util.Objects;

/**
 * Builds the English gloss line of a parsed, tagged Dutch sentence, token by token from the
 * parser's lemmas and tags: phrases before single words, separable verbs rejoined, English
 * inflection from the Dutch tag, compounds split into known parts, names passed through (exonyms
 * translated), numbers, dates and times rewritten, and unknown words marked {@code ⟨word?⟩}.
 *
 * <p>Immutable and thread-safe: one instance serves every thread. The same sentence always gives
 * the same line.
 */
public final class Glosser {
  private final GlossEngine engine;

  public Glosser(Glossary glossary) {
    this.engine = new GlossEngine(Objects.requireNonNull(glossary));
  }

  /** The gloss of one sentence; a sentence parsed without tagging has no tokens and an empty gloss. */
  public GlossLine gloss(Sentence sentence) {
    return engine.gloss(sentence);
  }
}
