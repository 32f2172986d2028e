package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A relative clause between commas, which the parser took apart around its copula. */
class RelativeBetweenCommasTest {
  private static HandTree relative(HandTree t) {
    RelativeBetweenCommas.apply(t.words(), t.pos(), t.feats(), t.heads(), t.rels());
    return t;
  }

  @Test
  void thePredicateHeadsTheRelativeClauseAndTheMainVerbTheSentence() {
    // Piet , die vorige week ziek was , kwam niet . — the parser made ziek the root, kwam its dep
    HandTree t = relative(HandTree.of(
        "Piet PROPN _ Piet 5 nsubj",
        ", PUNCT _ , 5 punct",
        "die PRON PronType=Rel die 5 obj",
        "vorige ADJ _ vorig 4 amod",
        "week NOUN _ week 5 obl",
        "ziek ADJ _ ziek -1 root",
        "was AUX VerbForm=Fin zijn 5 cop",
        ", PUNCT _ , 8 punct",
        "kwam VERB VerbForm=Fin komen 5 dep",
        "niet ADV _ niet 8 advmod",
        ". PUNCT _ . 5 punct"));
    assertArrayEquals(new int[] {8, 5, 5, 4, 5, 0, 5, 5, -1, 8, 8}, t.heads());
    assertEquals("acl:relcl", t.rels()[5]);
    assertEquals("nsubj", t.rels()[2]);
    assertEquals("root", t.rels()[8]);
    assertEquals("nsubj", t.rels()[0]);
  }

  @Test
  void thePronounAndPredicateHungOnTheMainVerbComeBack() {
    // Anna , die ook 31 is , woont hier . — die, 31 and is all on woont
    HandTree t = relative(HandTree.of(
        "Anna PROPN _ Anna 7 nsubj",
        ", PUNCT _ , 7 punct",
        "die PRON PronType=Rel die 7 obj",
        "ook ADV _ ook 4 advmod",
        "31 NUM _ 31 7 obl",
        "is AUX VerbForm=Fin zijn 7 cop",
        ", PUNCT _ , 7 punct",
        "woont VERB VerbForm=Fin wonen -1 root",
        "hier ADV _ hier 7 advmod",
        ". PUNCT _ . 7 punct"));
    assertArrayEquals(new int[] {7, 4, 4, 4, 0, 4, 4, -1, 7, 7}, t.heads());
    assertEquals("acl:relcl", t.rels()[4]);
    assertEquals("cop", t.rels()[5]);
    assertEquals("nsubj", t.rels()[2]);
  }

  @Test
  void aRelativeClauseAlreadyRightAndOneWithoutAMainVerbAfterItAreLeftAlone() {
    // Het huis , dat erg oud is , staat leeg . — already the noun's relative clause
    String[] right = {
        "Het DET _ het 1 det",
        "huis NOUN _ huis 8 nsubj",
        ", PUNCT _ , 5 punct",
        "dat PRON PronType=Rel dat 5 nsubj",
        "erg ADV _ erg 5 advmod",
        "oud ADJ _ oud 1 acl:relcl",
        "is AUX VerbForm=Fin zijn 5 cop",
        ", PUNCT _ , 5 punct",
        "staat VERB VerbForm=Fin staan -1 root",
        ". PUNCT _ . 8 punct"};
    HandTree t = relative(HandTree.of(right));
    assertArrayEquals(HandTree.of(right).heads(), t.heads());
    // Ik zag Piet , die ziek was , en Anna . — no finite verb after the closing comma
    String[] noMain = {
        "Ik PRON _ ik 1 nsubj",
        "zag VERB VerbForm=Fin zien -1 root",
        "Piet PROPN _ Piet 1 obj",
        ", PUNCT _ , 5 punct",
        "die PRON PronType=Rel die 5 nsubj",
        "ziek ADJ _ ziek 1 dep",
        "was AUX VerbForm=Fin zijn 5 cop",
        ", PUNCT _ , 9 punct",
        "en CCONJ _ en 9 cc",
        "Anna PROPN _ Anna 2 conj",
        ". PUNCT _ . 1 punct"};
    HandTree u = relative(HandTree.of(noMain));
    assertArrayEquals(HandTree.of(noMain).heads(), u.heads());
  }
}
