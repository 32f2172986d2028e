package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The nearest clause above each token, found once per token. */
class ClauseReaderTest {
  @Test
  void nearestClauseAboveEachToken() {
    // 0 → 1 → 2 (root); clauses headed by 2 (clause 0) and 1 (clause 1); 3 → 0.
    int[] heads = {1, 2, -1, 0};
    int[] clauseOf = {-1, 1, 0, -1};
    assertArrayEquals(new int[] {1, 0, -1, 1}, ClauseReader.clausesAbove(heads, clauseOf));
  }

  @Test
  void aChainOfAHundredThousandHeadsResolvesToItsTop() {
    int n = 100_000;
    int[] heads = new int[n];
    int[] clauseOf = new int[n];
    for (int i = 0; i < n; i++) {
      heads[i] = i + 1 < n ? i + 1 : -1;
      clauseOf[i] = -1;
    }
    clauseOf[n - 1] = 0;
    int[] above = ClauseReader.clausesAbove(heads, clauseOf);
    assertEquals(-1, above[n - 1]);
    int[] rest = Arrays.copyOf(above, n - 1);
    int[] expected = new int[n - 1]; // all 0: the top's clause
    assertArrayEquals(expected, rest);
  }

  @Test
  void aCycleEndsTheWalk() {
    int[] heads = {1, 0};
    assertArrayEquals(new int[] {-1, -1}, ClauseReader.clausesAbove(heads, new int[] {-1, -1}));
  }

  @Test
  void aSentenceOpenedByAConjunctionMarkedAsUdHasItIsAMainClause() {
    // Maar hij kwam . — "Maar" is the sentence head's mark in UD Dutch, no complementiser;
    // "omdat hij kwam" is subordinate
    String[] forms = {"Maar", "hij", "kwam", "."};
    io.nlbrief.parser.UPos[] pos = {io.nlbrief.parser.UPos.CCONJ, io.nlbrief.parser.UPos.PRON,
        io.nlbrief.parser.UPos.VERB, io.nlbrief.parser.UPos.PUNCT};
    String[] feats = {"_", "Case=Nom|PronType=Prs", "Number=Sing|Tense=Past|VerbForm=Fin", "_"};
    String[] lemmas = {"maar", "hij", "komen", "."};
    int[] heads = {2, 2, -1, 2};
    String[] rels = {"mark", "nsubj", "root", "punct"};
    assertEquals(io.nlbrief.parser.Clause.Type.MAIN,
        ClauseReader.read(forms, pos, feats, lemmas, heads, rels).get(0).type());
    forms[0] = "omdat";
    pos[0] = io.nlbrief.parser.UPos.SCONJ;
    lemmas[0] = "omdat";
    assertEquals(io.nlbrief.parser.Clause.Type.SUBORDINATE,
        ClauseReader.read(forms, pos, feats, lemmas, heads, rels).get(0).type());
  }
}
