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

  @Test
  void aBareNounPhraseOnAVerbWithoutSubjectIsItsSubject() {
    // Het bestuur werd de grootste partij . — the parser made "bestuur" a dep of "werd"
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "bestuur NOUN Number=Sing bestuur 2 dep",
        "werd VERB Number=Sing|Tense=Past|VerbForm=Fin worden -1 root",
        "de DET _ de 5 det",
        "grootste ADJ Degree=Sup groot 5 amod",
        "partij NOUN Number=Sing partij 2 xcomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[1]); // (bestuur ends in -uur but names no time)
    // In 1920 werden de fabrieken gesloten . — "fabrieken" an obl of a passive participle
    HandTree p = HandTree.of(
        "In ADP _ in 1 case",
        "1920 NUM _ 1920 5 obl",
        "werden AUX Number=Plur|Tense=Past|VerbForm=Fin worden 5 aux:pass",
        "de DET _ de 4 det",
        "fabrieken NOUN Number=Plur fabriek 5 obl",
        "gesloten VERB VerbForm=Part sluiten -1 root",
        ". PUNCT _ . 5 punct");
    p.apply(Map.of());
    assertEquals("nsubj:pass", p.rels()[4]);
  }

  @Test
  void aPhraseOfTimeAPhraseThatDisagreesAndAnImperativeGetNoSubject() {
    // Daar speelden vorige week de kinderen . — "week" is a time, "kinderen" is the subject
    HandTree t = HandTree.of(
        "Daar ADV _ daar 1 advmod",
        "speelden VERB Number=Plur|Tense=Past|VerbForm=Fin spelen -1 root",
        "vorige ADJ Degree=Pos vorig 3 amod",
        "week NOUN Number=Sing week 1 obl",
        "de DET _ de 5 det",
        "kinderen NOUN Number=Plur kind 1 nsubj",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[3]);
    // Daar speelde de kinderen een uur . — a singular verb: the plural phrase is no subject of it
    HandTree d = HandTree.of(
        "Daar ADV _ daar 1 advmod",
        "speelde VERB Number=Sing|Tense=Past|VerbForm=Fin spelen -1 root",
        "de DET _ de 3 det",
        "kinderen NOUN Number=Plur kind 1 obl",
        ". PUNCT _ . 1 punct");
    d.apply(Map.of());
    assertEquals("obl", d.rels()[3]);
    // Breng de boeken terug . — an imperative has no subject
    HandTree i = HandTree.of(
        "Breng VERB Number=Sing|Tense=Pres|VerbForm=Fin brengen -1 root",
        "de DET _ de 2 det",
        "boeken NOUN Number=Plur boek 0 dep",
        "terug ADV _ terug 0 compound:prt",
        ". PUNCT _ . 0 punct");
    i.apply(Map.of());
    assertEquals("dep", i.rels()[2]);
  }

  @Test
  void omBeforeATeInfinitiveMarksIt() {
    // Zij kwam om de ruzie te sussen . — the parser made "om" the case of "ruzie"
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "kwam VERB Number=Sing|Tense=Past|VerbForm=Fin komen -1 root",
        "om ADP _ om 4 case",
        "de DET _ de 4 det",
        "ruzie NOUN Number=Sing ruzie 6 obj",
        "te ADP _ te 6 mark",
        "sussen VERB VerbForm=Inf sussen 1 advcl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(6, t.heads()[2]);
    assertEquals("mark", t.rels()[2]);
  }

  @Test
  void omWithoutATeInfinitiveAndTheParticleAfterOmAreLeftAlone() {
    // Zij kwam om vijf uur . — a time: om is its preposition
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "kwam VERB Number=Sing|Tense=Past|VerbForm=Fin komen -1 root",
        "om ADP _ om 4 case",
        "vijf NUM _ vijf 4 nummod",
        "uur NOUN Number=Sing uur 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(4, t.heads()[2]);
    assertEquals("case", t.rels()[2]);
    // Zij had geen tijd om om te kijken . — the second om is the particle of omkijken
    HandTree k = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "had VERB Number=Sing|Tense=Past|VerbForm=Fin hebben -1 root",
        "geen DET _ geen 3 det",
        "tijd NOUN Number=Sing tijd 1 obj",
        "om ADP _ om 7 mark",
        "om ADP _ om 7 compound:prt",
        "te ADP _ te 7 mark",
        "kijken VERB VerbForm=Inf kijken 3 acl",
        ". PUNCT _ . 1 punct");
    k.apply(Map.of("omkijken", "WKW:TGW:INF"));
    assertEquals("mark", k.rels()[4]);
    assertEquals(7, k.heads()[5]);
    assertEquals("compound:prt", k.rels()[5]);
  }

  @Test
  void aPassiveSubjectInAClauseWithHebbenIsTheObject() {
    // Dieven hebben de fietsen gestolen . — the parser made "fietsen" nsubj:pass
    HandTree t = HandTree.of(
        "Dieven NOUN Number=Plur dief 4 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 4 aux",
        "de DET _ de 3 det",
        "fietsen NOUN Number=Plur fiets 4 nsubj:pass",
        "gestolen VERB VerbForm=Part stelen -1 root",
        ". PUNCT _ . 4 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[0]);
    assertEquals("obj", t.rels()[3]);
  }

  @Test
  void aPassiveSubjectWithAPassiveAuxiliaryStays() {
    // De fietsen zijn gisteren door dieven gestolen . — zijn is the passive auxiliary
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "fietsen NOUN Number=Plur fiets 6 nsubj:pass",
        "zijn AUX Number=Plur|Tense=Pres|VerbForm=Fin zijn 6 aux:pass",
        "gisteren ADV _ gisteren 6 advmod",
        "door ADP _ door 5 case",
        "dieven NOUN Number=Plur dief 6 obl:agent",
        "gestolen VERB VerbForm=Part stelen -1 root",
        ". PUNCT _ . 6 punct");
    t.apply(Map.of());
    assertEquals("nsubj:pass", t.rels()[1]);
  }

  @Test
  void naarVorenWithItsVerbIsAFixedParticle() {
    // Zij bracht het plan naar voren . — the parser made "naar" the case of "voren"
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "bracht VERB Number=Sing|Tense=Past|VerbForm=Fin brengen -1 root",
        "het DET _ het 3 det",
        "plan NOUN Number=Sing plan 1 obj",
        "naar ADP _ naar 5 case",
        "voren ADV _ voren 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(1, t.heads()[4]);
    assertEquals("compound:prt", t.rels()[4]);
    assertEquals(4, t.heads()[5]);
    assertEquals("fixed", t.rels()[5]);
    // Zij keek naar voren . — kijken takes no such expression: naar stays the case of voren
    HandTree k = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "keek VERB Number=Sing|Tense=Past|VerbForm=Fin kijken -1 root",
        "naar ADP _ naar 3 case",
        "voren ADV _ voren 1 obl",
        ". PUNCT _ . 1 punct");
    k.apply(Map.of());
    assertEquals(3, k.heads()[2]);
    assertEquals("case", k.rels()[2]);
  }
}
