package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.Fragment;
import java.util.ArrayList;
import java.util.List;
import io.nlbrief.summarizer.gloss.internal.GlossEngine;
import java.util.Objects;

/**
 * Builds the English rendering of a parsed, tagged, analysed Dutch sentence from the glossary,
 * token by token from the parser's lemmas and tags: phrases before single words, separable verbs
 * rejoined, English inflection from the Dutch tag, compounds split into known parts, names passed
 * through (exonyms translated), numbers, dates and times rewritten, and unknown words marked
 * {@code ⟨word?⟩}; then each clause put into English order from the parser's clause analysis
 * (subject before verb, verb clusters together, to-infinitives, do-support). Every English word
 * keeps the Dutch token it comes from and the entry or rule behind it ({@link GlossToken}); the
 * word-by-word line in Dutch order stays available ({@link GlossLine#literal()}).
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

  /** Every sentence of {@code article} glossed, in order. */
  public Rendering render(Article article) {
    List<Sentence> sentences = article.sentences();
    List<GlossLine> lines = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      lines.add(engine.gloss(s));
    }
    return new Rendering(lines);
  }

  /** The sentences of a fragment glossed, without the full stop added to parse it. */
  public List<GlossLine> render(Fragment fragment) {
    List<GlossLine> lines = new ArrayList<>(render(fragment.article()).lines());
    if (!lines.isEmpty()) {
      GlossLine l = lines.get(lines.size() - 1);
      lines.set(lines.size() - 1,
          l.withTexts(fragment.withoutAddedStop(l.dutch()), fragment.withoutAddedStop(l.english()),
              fragment.withoutAddedStop(l.literal())));
    }
    return lines;
  }
}
