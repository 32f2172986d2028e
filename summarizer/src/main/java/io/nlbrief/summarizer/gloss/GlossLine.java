package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Span;
import java.util.List;

/**
 * The English gloss of one Dutch sentence.
 *
 * @param dutch the sentence text
 * @param english the English rendering in English order; unknown words stay visible as {@code ⟨word?⟩}
 * @param literal the word-by-word gloss in Dutch order
 * @param tokens every token of the sentence with its gloss and origin, in text order
 * @param order the token indices in the order their English stands in {@code english}
 * @param unknown the words left without a gloss, in text order
 * @param glossedWords word tokens (names excluded) that got a real gloss
 * @param countedWords word tokens, names excluded: the denominator of coverage; foreign words
 *     passed through count here but not as glossed (see {@link #foreignWords()})
 * @param doubts why the rendering may be wrong (an analysis the ordering could not use, unknown
 *     words); empty when the engine is sure of it
 */
public record GlossLine(
    String dutch,
    String english,
    String literal,
    List<GlossToken> tokens,
    List<Integer> order,
    List<String> unknown,
    int glossedWords,
    int countedWords,
    List<String> doubts) {
  public GlossLine {
    tokens = List.copyOf(tokens);
    order = List.copyOf(order);
    unknown = List.copyOf(unknown);
    doubts = List.copyOf(doubts);
  }

  /** A line in Dutch order (a word-by-word gloss), without doubts. */
  public GlossLine(String dutch, String english, List<GlossToken> tokens, List<String> unknown, int glossedWords, int countedWords) {
    this(dutch, english, english, tokens, java.util.stream.IntStream.range(0, tokens.size()).boxed().toList(), unknown,
        glossedWords, countedWords, List.of());
  }

  /** Whether the engine had to guess: the reader should take the line with care. */
  public boolean uncertain() {
    return !doubts.isEmpty();
  }

  /** This line with its texts changed (a fragment's added full stop taken off), the rest as it is. */
  public GlossLine withTexts(String dutch, String english, String literal) {
    return new GlossLine(dutch, english, literal, tokens, order, unknown, glossedWords, countedWords, doubts);
  }

  /**
   * Counted words that are English inside the Dutch and passed through as they are: neither
   * glossed nor unknown, so that passing them through does not raise coverage.
   */
  public int foreignWords() {
    int n = 0;
    for (GlossToken t : tokens) {
      if (t.isForeign()) {
        n++;
      }
    }
    return n;
  }

  /** Share of counted words with a real gloss, 1 for a sentence without any. */
  public double coverage() {
    return countedWords == 0 ? 1.0 : (double) glossedWords / countedWords;
  }

  /** The English of the tokens inside {@code span}, in English order, glued as the line glues them; empty when none has any. */
  public String english(Span span) {
    StringBuilder out = new StringBuilder();
    for (int index : order) {
      GlossToken token = tokens.get(index);
      String english = token.english();
      if (span.contains(token.span()) && english != null && !english.isBlank()) {
        if (out.length() > 0 && !english.matches("^[.,;:!?)”’'\"].*")) {
          out.append(' ');
        }
        out.append(english.strip());
      }
    }
    return out.toString();
  }
}
