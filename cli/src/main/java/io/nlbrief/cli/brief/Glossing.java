package io.nlbrief.cli.brief;

import io.nlbrief.parser.Sentence;
import io.nlbrief.parser.Span;
import java.util.List;
import java.util.Optional;

/**
 * What the sheet needs from the gloss engine, in the sheet's own terms, so the sheet's layout and
 * tests do not depend on how glossing works. Implementations are thread-safe.
 */
public interface Glossing {
  /** One sentence glossed. */
  Glossed gloss(Sentence sentence);

  /** The English senses of a Dutch lemma, the one a news reader needs first first; empty when unknown. */
  List<String> senses(String lemma);

  /** The English form of a proper name ({@code NAVO} → {@code NATO}), when the glossary has one. */
  Optional<String> englishName(String name);

  /**
   * A glossed sentence.
   *
   * @param english the gloss line
   * @param unknown the words the glossary lacks
   * @param tokens each token's gloss with where it stands, to gloss a part of the sentence
   * @param glossedWords words glossed
   * @param countedWords words counted for coverage
   */
  record Glossed(String dutch, String english, List<String> unknown, List<Piece> tokens, int glossedWords, int countedWords) {
    public Glossed {
      unknown = List.copyOf(unknown);
      tokens = List.copyOf(tokens);
    }

    /** The gloss of the tokens inside {@code span}, in order; empty when none has one. */
    public String english(Span span) {
      StringBuilder out = new StringBuilder();
      for (Piece piece : tokens) {
        if (span.contains(piece.span()) && piece.english() != null && !piece.english().isBlank()) {
          if (out.length() > 0 && !piece.english().matches("^[.,;:!?)”’'\"].*")) {
            out.append(' ');
          }
          out.append(piece.english().strip());
        }
      }
      return out.toString();
    }
  }

  /** One token's gloss. */
  record Piece(Span span, String english) {}
}
