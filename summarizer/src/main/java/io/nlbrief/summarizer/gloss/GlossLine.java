package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Span;
import java.util.List;

/**
 * The English gloss of one Dutch sentence.
 *
 * @param dutch the sentence text
 * @param english the gloss line; unknown words stay visible as {@code ⟨word?⟩}
 * @param tokens every token of the sentence with its gloss and origin, in text order
 * @param unknown the words left without a gloss, in text order
 * @param glossedWords word tokens (names excluded) that got a real gloss
 * @param countedWords word tokens, names excluded: the denominator of coverage
 */
public record GlossLine(
    String dutch,
    String english,
    List<GlossToken> tokens,
    List<String> unknown,
    int glossedWords,
    int countedWords) {
  public GlossLine {
    tokens = List.copyOf(tokens);
    unknown = List.copyOf(unknown);
  }

  /** Share of counted words with a real gloss, 1 for a sentence without any. */
  public double coverage() {
    return countedWords == 0 ? 1.0 : (double) glossedWords / countedWords;
  }

  /** The English of the tokens inside {@code span}, in order, glued as the line glues them; empty when none has any. */
  public String english(Span span) {
    StringBuilder out = new StringBuilder();
    for (GlossToken token : tokens) {
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
