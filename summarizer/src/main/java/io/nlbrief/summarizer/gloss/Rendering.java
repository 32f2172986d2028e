package io.nlbrief.summarizer.gloss;

import io.nlbrief.parser.Span;
import java.util.List;

/**
 * The English rendering of a whole article: one gloss line per sentence, in the article's sentence
 * order, so that any part of the text (a quotation, a key phrase) can be rendered by its span with
 * the same words as the sentence it stands in. Immutable.
 *
 * @param lines the gloss of every sentence, {@code lines.get(i)} for {@code article.sentences().get(i)}
 */
public record Rendering(List<GlossLine> lines) {
  public Rendering {
    lines = List.copyOf(lines);
  }

  /** The English of the tokens inside {@code span}, over as many sentences as it covers; empty when none has any. */
  public String english(Span span) {
    StringBuilder out = new StringBuilder();
    for (GlossLine line : lines) {
      String part = line.english(span);
      if (!part.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ").append(part);
      }
    }
    return out.toString();
  }

  /** Words the glossary covered, over all sentences. */
  public int glossedWords() {
    return lines.stream().mapToInt(GlossLine::glossedWords).sum();
  }

  /** Foreign (English) words passed through, over all sentences: counted, not glossed. */
  public int foreignWords() {
    return lines.stream().mapToInt(GlossLine::foreignWords).sum();
  }

  /** Words counted for coverage (names excluded), over all sentences. */
  public int countedWords() {
    return lines.stream().mapToInt(GlossLine::countedWords).sum();
  }
}
