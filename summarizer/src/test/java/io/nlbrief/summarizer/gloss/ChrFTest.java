package io.nlbrief.summarizer.gloss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChrFTest {
  @Test
  void identicalTextScoresHundred() {
    assertEquals(100.0, new ChrF().add("the cat", "the cat").score(), 1e-9);
  }

  @Test
  void nothingInCommonScoresZero() {
    assertEquals(0.0, new ChrF().add("abc", "xyz").score(), 1e-9);
  }

  @Test
  void whitespaceIsRemovedBeforeCounting() {
    // "a b" and "ab" are both "ab" once whitespace is gone
    assertEquals(100.0, new ChrF().add("a b", "ab").score(), 1e-9);
  }

  @Test
  void handComputedSentence() {
    // hypothesis "abcd", reference "abce" (no whitespace)
    // n=1: hyp {a,b,c,d} ref {a,b,c,e}: 3 matches, P = 3/4, R = 3/4
    // n=2: hyp {ab,bc,cd} ref {ab,bc,ce}: 2 matches, P = R = 2/3
    // n=3: hyp {abc,bcd} ref {abc,bce}: 1 match, P = R = 1/2
    // n=4: hyp {abcd} ref {abce}: 0, P = R = 0
    // n=5,6: no n-grams on either side: not counted (effective order 4)
    // mean P = mean R = (3/4 + 2/3 + 1/2 + 0) / 4 = (23/12) / 4 = 23/48
    // F2 = (1 + 4) P R / (4 P + R) = 5 P^2 / 5 P = P = 23/48 = 0.4791666...
    assertEquals(100.0 * 23 / 48, new ChrF().add("abcd", "abce").score(), 1e-9);
  }

  @Test
  void corpusSumsCountsBeforeAveraging() {
    // segment 1: "ab" vs "ab": n=1 2 of 2, n=2 1 of 1
    // segment 2: "a" vs "b": n=1 0 of 1 (hyp 1, ref 1), n=2 none on either side
    // corpus: n=1 matches 2, hyp 3, ref 3: P = R = 2/3; n=2 matches 1, hyp 1, ref 1: P = R = 1
    // mean P = mean R = (2/3 + 1) / 2 = 5/6; F2 = 5/6
    assertEquals(100.0 * 5 / 6, ChrF.corpus(List.of("ab", "a"), List.of("ab", "b")), 1e-9);
  }

  @Test
  void recallWeighsFourTimesPrecision() {
    // hypothesis "a", reference "ab": n=1 P = 1/1, R = 1/2; n=2 hyp has none: only order 1 counts
    // F2 = 5 * 1 * 0.5 / (4 * 1 + 0.5) = 2.5 / 4.5 = 5/9
    assertEquals(100.0 * 5 / 9, new ChrF().add("a", "ab").score(), 1e-9);
  }
}
