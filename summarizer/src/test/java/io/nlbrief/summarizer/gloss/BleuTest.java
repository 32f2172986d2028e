package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BleuTest {
  @Test
  void identicalTextScoresHundred() {
    assertEquals(100.0, new Bleu().add("the cat sat on the mat", "the cat sat on the mat").score(), 1e-9);
  }

  @Test
  void nothingInCommonScoresZero() {
    assertEquals(0.0, new Bleu().add("one two three four", "five six seven eight").score(), 1e-9);
  }

  @Test
  void handComputedSentenceWithSmoothedFourGrams() {
    // hyp "the cat sat on the mat", ref "the cat is on the mat"
    // 1-grams: the×2, cat, on, mat match: 5/6; 2-grams: the cat, on the, the mat: 3/5
    // 3-grams: on the mat: 1/4; 4-grams: 0/3, the first order without a match: 100 / (2 × 3)
    // BLEU = (500/6 × 60 × 25 × 100/6)^(1/4) = 37.9918...
    double expected = Math.pow(500.0 / 6 * 60 * 25 * 100.0 / 6, 0.25);
    Bleu b = new Bleu().add("the cat sat on the mat", "the cat is on the mat");
    assertEquals(expected, b.score(), 1e-9);
    assertEquals(37.99, b.score(), 0.005);
    assertEquals(100.0 / 6, b.precision(4), 1e-9);
  }

  @Test
  void secondOrderWithoutMatchHalvesAgain() {
    // hyp "a b c d", ref "a b x y": 2/4, 1/3, then 0/2 → 100/(2×2) and 0/1 → 100/(4×1)
    double expected = Math.pow(50 * (100.0 / 3) * 25 * 25, 0.25);
    assertEquals(expected, new Bleu().add("a b c d", "a b x y").score(), 1e-9);
    assertEquals(31.95, expected, 0.005);
  }

  @Test
  void shortHypothesisPaysTheBrevityPenalty() {
    // every n-gram of "the cat sat on the" matches; 5 words for 6: BP = e^(1 - 6/5)
    Bleu b = new Bleu().add("the cat sat on the", "the cat sat on the mat");
    assertEquals(Math.exp(-0.2), b.brevityPenalty(), 1e-12);
    assertEquals(100 * Math.exp(-0.2), b.score(), 1e-9);
  }

  @Test
  void aHypothesisWithoutFourGramsScoresZeroAsInSacreBleu() {
    // no 3-grams at all: sacreBLEU stops and the missing orders' log is floored
    assertEquals(0.0, new Bleu().add("the cat", "the cat sat on the mat").score(), 1e-9);
  }

  @Test
  void corpusSumsCountsBeforeTheMean() {
    // "a b" alone has no 3- or 4-grams and would score 0; summed with "a b c d" every order is 100%
    assertEquals(100.0, Bleu.corpus(List.of("a b", "a b c d"), List.of("a b", "a b c d")), 1e-9);
    assertEquals(0.0, Bleu.corpus(List.of("a b"), List.of("a b")), 1e-9);
  }

  @Test
  void tokenizes13aAsMteval() {
    assertEquals("Hello , world .", Bleu.tokenize13a("Hello, world."));
    assertEquals("It costs 3.5 or 1,000 euros .", Bleu.tokenize13a("It costs 3.5 or 1,000 euros."));
    assertEquals("It's 5 - 6 ( or \" so \" ) !", Bleu.tokenize13a("It's 5-6 (or \"so\")!"));
    assertEquals("a-b x / y e-mail 2024 - 2025 & 50 %", Bleu.tokenize13a("a-b x/y e-mail 2024-2025 &amp; 50%"));
    assertEquals("Zo’n café…", Bleu.tokenize13a("Zo’n café…"));
  }

  @Test
  void punctuationCountsAsWords() {
    // "Hello world ." has 3 tokens; the reference "Hello , world ." 4: 3/3 unigrams, 1/2 bigrams,
    // 0/1 trigrams → 50, no 4-grams → 0 (floored): 0 overall, but the brevity penalty is e^(1 - 4/3)
    Bleu b = new Bleu().add("Hello world.", "Hello, world.");
    assertEquals(Math.exp(1 - 4.0 / 3), b.brevityPenalty(), 1e-12);
    assertEquals(50.0, b.precision(2), 1e-9);
  }

  @Test
  void listsMustBeParallel() {
    assertThrows(IllegalArgumentException.class, () -> Bleu.corpus(List.of("a"), List.of()));
  }
}
