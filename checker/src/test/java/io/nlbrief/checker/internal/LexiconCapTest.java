package io.nlbrief.checker.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The compound and near-miss searches look at words up to {@link Lexicon#MAX_WORD} letters only:
 * both try every cut or letter of a word, which on a degenerate 16 KB "word" ran for over 40
 * minutes. Words of ordinary length are judged as before.
 */
class LexiconCapTest {
  private final Lexicon lexicon = Shared.lexicon();

  @Test
  void aWordLongerThanTheCapIsNeitherACompoundNorANearMiss() {
    // A doubled letter in a long word the speller does not know: a near miss only below the cap.
    String slip = "verschilende";
    assertTrue(lexicon.isNearMiss(slip));
    String longSlip = "a".repeat(Lexicon.MAX_WORD) + slip;
    assertFalse(lexicon.isNearMiss(longSlip));
    assertFalse(lexicon.isCompound("a".repeat(16_000)));
    assertFalse(lexicon.isNearMiss("a".repeat(16_000)));
  }

  @Test
  void compoundsUpToTheCapAreStillFound() {
    assertTrue(lexicon.isCompound("pooierverbod"));
    assertTrue(lexicon.isCompound("Ruslandraad"));
    assertTrue("pooierverbod".length() < Lexicon.MAX_WORD);
  }
}
