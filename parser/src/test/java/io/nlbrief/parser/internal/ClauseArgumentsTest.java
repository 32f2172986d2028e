package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Subjects, objects and particles of a clause, on trees written by hand the way the parser gets them wrong. */
class ClauseArgumentsTest {
  @Test
  void aPrepositionalSubjectLeavesItsPlaceToTheObject() {
    // Zij sprak de man voor wie het huis klaarstond . — the parser made "wie" (with its preposition)
    // the subject and "huis" the object
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "sprak VERB Number=Sing|Tense=Past|VerbForm=Fin spreken -1 root",
        "de DET _ de 3 det",
        "man NOUN Number=Sing man 1 obj",
        "voor ADP _ voor 5 case",
        "wie PRON PronType=Int wie 8 nsubj",
        "het DET _ het 7 det",
        "huis NOUN Number=Sing huis 8 obj",
        "klaarstond VERB Number=Sing|Tense=Past|VerbForm=Fin klaarstaan 3 acl:relcl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[5]);
    assertEquals("nsubj", t.rels()[7]);
  }

  @Test
  void aPrepositionalPhraseBesideARealSubjectLeavesTheObjectAlone() {
    // de vrouw voor wie hij de taart bakte — "hij" is the subject; "taart" stays the object
    HandTree t = HandTree.of(
        "de DET _ de 1 det",
        "vrouw NOUN Number=Sing vrouw -1 root",
        "voor ADP _ voor 3 case",
        "wie PRON PronType=Int wie 7 nsubj",
        "hij PRON Case=Nom|Person=3|PronType=Prs hij 7 nsubj",
        "de DET _ de 6 det",
        "taart NOUN Number=Sing taart 7 obj",
        "bakte VERB Number=Sing|Tense=Past|VerbForm=Fin bakken 1 acl:relcl");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[3]);
    assertEquals("nsubj", t.rels()[4]);
    assertEquals("obj", t.rels()[6]);
  }
}
