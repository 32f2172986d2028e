package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Run-on "sentences" do not stall the analysis: every stage is linear in the sentence, and the one
 * step that is not (splitting a noun's compound lemma) has a documented cap. The time bounds are
 * stall guards, tens of times what the work takes (well under a second each), not speed targets.
 */
class LongSentenceTest {
  private static final Duration STALL = Duration.ofSeconds(20);
  private final DutchAnalyzer analyzer = DutchAnalyzer.shared();

  @Test
  void fiveHundredWordsWithoutAFullStopAreOneAnalysedSentence() {
    String text = "de man die ziet dat de vrouw morgen weer naar huis loopt en ".repeat(40).strip();
    Sentence s = assertTimeoutPreemptively(STALL, () -> analyzer.analyseFragment(text));
    assertEquals(13 * 40, s.tokens().size()); // 13 words a round, 40 rounds: 520 words
    int roots = 0;
    for (Token t : s.tokens()) {
      int h = t.dependency().head();
      assertTrue(h >= -1 && h < s.tokens().size(), t.text() + " head " + h);
      assertFalse(t.dependency().relation().equals("_"), t.text());
      roots += h < 0 ? 1 : 0;
    }
    assertEquals(1, roots);
    // Every round has its relative clause (die ziet) and its subordinate one (dat ... loopt).
    assertTrue(s.clauses().size() >= 40, "clauses: " + s.clauses().size());
  }

  @Test
  void aHundredThousandLetterWordIsNotSplitAsACompound() {
    String word = "huisstuk".repeat(12_500);
    Sentence s = assertTimeoutPreemptively(STALL, () -> analyzer.analyseFragment(word));
    assertEquals(1, s.tokens().size());
    // Longer than the cap: no compound split (a split lemma would have "_" in it).
    assertFalse(s.tokens().get(0).morphology().lemma().contains("_"));
  }

  @Test
  void aCompoundWithinTheCapIsStillSplit() {
    // varkenshouder: varken + s + houder, the linking s dropped as UD's Dutch lemmas have it.
    Sentence s = analyzer.analyseFragment("De varkenshouder slaapt.");
    assertEquals("varken_houder", s.tokens().get(1).morphology().lemma());
  }

  @Test
  void aHundredThousandCharactersOfShortWordsAreLinear() {
    String text = "en op dat de , ".repeat(6_700); // 100,500 characters, 33,500 tokens
    Sentence s = assertTimeoutPreemptively(STALL, () -> analyzer.analyseFragment(text));
    assertEquals(33_500, s.tokens().size());
    assertFalse(s.clauses().isEmpty());
  }
}
