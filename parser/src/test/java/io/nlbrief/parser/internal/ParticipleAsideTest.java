package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A participle aside on the subject, which the parser took for the clause's verb. */
class ParticipleAsideTest {
  private static HandTree aside(HandTree t) {
    ParticipleAside.apply(t.pos(), t.feats(), t.heads(), t.rels());
    return t;
  }

  @Test
  void theFiniteVerbAfterTheAsideHeadsTheClause() {
    // De minister , gesteund door haar partij , diende een voorstel in .
    HandTree t = aside(HandTree.of(
        "De DET _ _ 1 det",
        "minister NOUN Number=Sing _ 3 nsubj:pass",
        ", PUNCT _ _ 3 punct",
        "gesteund VERB VerbForm=Part _ -1 root",
        "door ADP _ _ 6 case",
        "haar PRON Poss=Yes _ 6 nmod:poss",
        "partij NOUN Number=Sing _ 3 obl",
        ", PUNCT _ _ 8 punct",
        "diende VERB VerbForm=Fin _ 3 parataxis",
        "een DET _ _ 10 det",
        "voorstel NOUN Number=Sing _ 8 nsubj",
        "in ADP _ _ 8 compound:prt",
        ". PUNCT _ _ 3 punct"));
    assertArrayEquals(new int[] {1, 8, 3, 1, 6, 6, 3, 3, -1, 10, 8, 8, 8}, t.heads());
    assertEquals("root", t.rels()[8]);
    assertEquals("nsubj", t.rels()[1]);
    assertEquals("acl", t.rels()[3]);
    assertEquals("obj", t.rels()[10]); // one subject: the one before the verb
  }

  @Test
  void withoutTheClosingCommaTheAsideStillEndsBeforeTheVerb() {
    // De spelers , aangemoedigd door de fans wonnen .
    HandTree t = aside(HandTree.of(
        "De DET _ _ 1 det",
        "spelers NOUN Number=Plur _ 3 nsubj:pass",
        ", PUNCT _ _ 3 punct",
        "aangemoedigd VERB VerbForm=Part _ -1 root",
        "door ADP _ _ 6 case",
        "de DET _ _ 6 det",
        "fans NOUN Number=Plur _ 7 obl",
        "wonnen VERB VerbForm=Fin _ 3 conj",
        ". PUNCT _ _ 3 punct"));
    assertEquals(-1, t.heads()[7]);
    assertEquals(3, t.heads()[6]); // door de fans: the aside's
    assertEquals(7, t.heads()[1]);
    assertEquals(1, t.heads()[3]);
  }

  @Test
  void aParticipleWithItsAuxiliaryOrWithAVerbBeforeItIsLeftAlone() {
    // De minister , die gesteund is , kwam . — an auxiliary: no aside of this kind
    HandTree aux = aside(HandTree.of(
        "De DET _ _ 1 det",
        "minister NOUN Number=Sing _ 3 nsubj:pass",
        ", PUNCT _ _ 3 punct",
        "gesteund VERB VerbForm=Part _ -1 root",
        "is AUX VerbForm=Fin _ 3 aux:pass",
        ", PUNCT _ _ 6 punct",
        "kwam VERB VerbForm=Fin _ 3 conj"));
    assertEquals(-1, aux.heads()[3]);
    // Hij zag de man , gesteund door zijn vrouw , liep . — a verb before the noun phrase: no subject opening the clause
    HandTree verbBefore = aside(HandTree.of(
        "Hij PRON _ _ 1 nsubj",
        "zag VERB VerbForm=Fin _ 5 dep",
        "de DET _ _ 3 det",
        "man NOUN Number=Sing _ 5 obj",
        ", PUNCT _ _ 5 punct",
        "gesteund VERB VerbForm=Part _ -1 root",
        "door ADP _ _ 8 case",
        "zijn PRON Poss=Yes _ 8 nmod:poss",
        "vrouw NOUN Number=Sing _ 5 obl",
        ", PUNCT _ _ 10 punct",
        "liep VERB VerbForm=Fin _ 5 conj"));
    assertEquals(5, verbBefore.heads()[10]);
    assertEquals(-1, verbBefore.heads()[5]);
    assertEquals("obj", verbBefore.rels()[3]);
  }
}
