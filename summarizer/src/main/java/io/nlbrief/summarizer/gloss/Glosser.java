package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Article;
import io.nlbrief.parser.Sentence;
import io.nlbrief.summarizer.Fragment;
import java.util.ArrayList;
import java.util.List;
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
          new GlossLine(fragment.withoutAddedStop(l.dutch()), fragment.withoutAddedStop(l.english()), l.tokens(), l.unknown(), l.glossedWords(), l.countedWords()));
    }
    return lines;
  }
}
