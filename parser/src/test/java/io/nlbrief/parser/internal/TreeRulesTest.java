package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The rules over the parser's tree, each on a tree written by hand the way the greedy parser gets
 * it wrong, with the tree UD wants worked out by hand.
 */
class TreeRulesTest {
  @Test
  void theMainVerbHeadsTheClauseNotTheAuxiliary() {
    // Hij kon het niet verwerken . — the parser hung everything on "kon".
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "kon VERB Number=Sing|Tense=Past|VerbForm=Fin kunnen -1 root",
        "het PRON _ het 1 obj",
        "niet ADV _ niet 1 advmod",
        "verwerken VERB VerbForm=Inf verwerken 1 xcomp",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    // Every dependent of "kon" and "kon" itself now hang on "verwerken", the root.
    assertArrayEquals(new int[] {4, 4, 4, 4, -1, 4}, t.heads());
    assertEquals("root", t.rels()[4]);
    assertEquals("aux", t.rels()[1]);
    assertEquals(UPos.AUX, t.pos()[1]);
    assertEquals("nsubj", t.rels()[0]);
    assertEquals("obj", t.rels()[2]);
  }

  @Test
  void wordenWithAParticipleIsAPassive() {
    // Het huis wordt gebouwd . — passive: aux:pass, and the subject becomes nsubj:pass.
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "huis NOUN Number=Sing huis 2 nsubj",
        "wordt VERB Number=Sing|Tense=Pres|VerbForm=Fin worden -1 root",
        "gebouwd VERB VerbForm=Part bouwen 2 xcomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertArrayEquals(new int[] {1, 3, 3, -1, 3}, t.heads());
    assertEquals("aux:pass", t.rels()[2]);
    assertEquals("nsubj:pass", t.rels()[1]);
    assertEquals("root", t.rels()[3]);
  }

  @Test
  void anInfinitiveWithTeIsAComplementNotACluster() {
    // Hij heeft niets te doen . — "doen" with "te" is the xcomp of "heeft", which stays the head.
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "heeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hebben -1 root",
        "niets PRON _ niets 1 obj",
        "te ADP _ te 4 mark",
        "doen VERB VerbForm=Inf doen 1 xcomp",
        ". PUNCT _ . 1 punct");
    int[] before = t.heads().clone();
    t.apply(Map.of());
    assertArrayEquals(before, t.heads());
    assertEquals("root", t.rels()[1]);
    assertEquals(UPos.VERB, t.pos()[1]);
  }

  @Test
  void aVerbNotLearntAsAnAuxiliaryKeepsItsComplement() {
    // Hij wil morgen komen . — "willen" is no auxiliary in UD Dutch: "komen" stays its xcomp.
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "wil VERB Number=Sing|Tense=Pres|VerbForm=Fin willen -1 root",
        "morgen ADV _ morgen 1 advmod",
        "komen VERB VerbForm=Inf komen 1 xcomp",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertArrayEquals(new int[] {1, -1, 1, 1, 1}, t.heads());
  }

  @Test
  void aComplementiserMarksTheFiniteVerbOfATeComplement() {
    // Ik denk dat hij minder hoeft te betalen . — "dat" marks "hoeft" (the clause's head), not "betalen".
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom ik 1 nsubj",
        "denk VERB Number=Sing|Tense=Pres|VerbForm=Fin denken -1 root",
        "dat SCONJ _ dat 7 mark",
        "hij PRON Case=Nom hij 5 nsubj",
        "minder ADV _ minder 5 advmod",
        "hoeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hoeven 1 ccomp",
        "te ADP _ te 7 mark",
        "betalen VERB VerbForm=Inf betalen 5 xcomp",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(5, t.heads()[2]);
    assertEquals("mark", t.rels()[2]);
  }

  @Test
  void aComplementiserMarksAFiniteVerbThatIsNoAuxiliaryBeforeItsInfinitive() {
    // Ik vroeg of zij wilde komen . — willen heads its clause in UD, the infinitive is its xcomp.
    HandTree wanted = HandTree.of(
        "Ik PRON Case=Nom ik 1 nsubj",
        "vroeg VERB Number=Sing|Tense=Past|VerbForm=Fin vragen -1 root",
        "of SCONJ _ of 5 mark",
        "zij PRON Case=Nom zij 4 nsubj",
        "wilde VERB Number=Sing|Tense=Past|VerbForm=Fin willen 1 ccomp",
        "komen VERB VerbForm=Inf komen 4 xcomp",
        ". PUNCT _ . 1 punct");
    wanted.apply(Map.of());
    assertEquals(4, wanted.heads()[2]);
    // Ik denk dat zij zal komen . — an auxiliary does not: "dat" marks the infinitive, the clause's head.
    HandTree auxiliary = HandTree.of(
        "Ik PRON Case=Nom ik 1 nsubj",
        "denk VERB Number=Sing|Tense=Pres|VerbForm=Fin denken -1 root",
        "dat SCONJ _ dat 4 mark",
        "zij PRON Case=Nom zij 5 nsubj",
        "zal AUX Number=Sing|Tense=Pres|VerbForm=Fin zullen 5 aux",
        "komen VERB VerbForm=Inf komen 1 ccomp",
        ". PUNCT _ . 1 punct");
    auxiliary.apply(Map.of());
    assertEquals(5, auxiliary.heads()[2]);
  }

  @Test
  void aConjunctionBetweenTwoNounPhrasesDoesNotEndTheComplementisersClause() {
    // Ik hoor dat de buurman en zijn vrouw verhuisd zijn . — "dat" marks "verhuisd", past "en".
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom ik 1 nsubj",
        "hoor VERB Number=Sing|Tense=Pres|VerbForm=Fin horen -1 root",
        "dat SCONJ _ dat 4 mark",
        "de DET _ de 4 det",
        "buurman NOUN Number=Sing buurman 8 nsubj",
        "en CCONJ _ en 7 cc",
        "zijn PRON Poss=Yes zijn 7 nmod:poss",
        "vrouw NOUN Number=Sing vrouw 4 conj",
        "verhuisd VERB VerbForm=Part verhuizen 1 ccomp",
        "zijn AUX Number=Plur|Tense=Pres|VerbForm=Fin zijn 8 aux",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(8, t.heads()[2]);
  }

  @Test
  void alsBeforeANounPhraseWithoutAnArticleMarksTheNoun() {
    // Zij begon als jonge verslaggever bij de krant . — "als" marks "verslaggever", not "begon".
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "begon VERB Number=Sing|Tense=Past|VerbForm=Fin beginnen -1 root",
        "als SCONJ _ als 1 mark",
        "jonge ADJ Degree=Pos jong 4 amod",
        "verslaggever NOUN Number=Sing verslaggever 1 obl",
        "bij ADP _ bij 7 case",
        "de DET _ de 7 det",
        "krant NOUN Number=Sing krant 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(4, t.heads()[2]);
    assertEquals("mark", t.rels()[2]);
    // Als de trein komt , ... — with an article the noun phrase may be the clause's subject: the verb.
    HandTree clause = HandTree.of(
        "Als SCONJ _ als 0 mark",
        "de DET _ de 2 det",
        "trein NOUN Number=Sing trein 3 nsubj",
        "komt VERB Number=Sing|Tense=Pres|VerbForm=Fin komen 6 advcl",
        ", PUNCT _ , 3 punct",
        "vertrekken VERB Number=Plur|Tense=Pres|VerbForm=Fin vertrekken -1 root",
        "we PRON Case=Nom we 5 nsubj",
        ". PUNCT _ . 5 punct");
    clause.apply(Map.of());
    assertEquals(3, clause.heads()[0]);
    // Zij belt als twee gasten komen . — after a number the phrase is the clause's subject.
    HandTree number = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "belt VERB Number=Sing|Tense=Pres|VerbForm=Fin bellen -1 root",
        "als SCONJ _ als 1 mark",
        "twee NUM _ twee 4 nummod",
        "gasten NOUN Number=Plur gast 5 nsubj",
        "komen VERB Number=Plur|Tense=Pres|VerbForm=Fin komen 1 advcl",
        ". PUNCT _ . 1 punct");
    number.apply(Map.of());
    assertEquals(5, number.heads()[2]);
  }

  @Test
  void anAdverbParticleBeforeAPrepositionalPhraseJoinsItsVerb() {
    // Hij keerde terug naar huis . — terugkeren is a verb the dictionary knows: "terug" is its particle.
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "keerde VERB Number=Sing|Tense=Past|VerbForm=Fin keren -1 root",
        "terug ADV _ terug 1 advmod",
        "naar ADP _ naar 4 case",
        "huis NOUN Number=Sing huis 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of("terugkeren", "WKW:TGW:INF"));
    assertEquals("compound:prt", t.rels()[2]);
    assertEquals(1, t.heads()[2]);
    // Without such a verb in the dictionary, "terug" stays an adverb.
    HandTree u = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "keerde VERB Number=Sing|Tense=Past|VerbForm=Fin keren -1 root",
        "terug ADV _ terug 1 advmod",
        "naar ADP _ naar 4 case",
        "huis NOUN Number=Sing huis 1 obl",
        ". PUNCT _ . 1 punct");
    u.apply(Map.of());
    assertEquals("advmod", u.rels()[2]);
  }

  @Test
  void aParticleThatHeadsItsOwnVerbIsNotHungOnItAndTheTreeStaysATree() {
    // Ze zegt : ze stuurt brieven terug . — the greedy parser, thrown by the colon, hung "stuurt"
    // under "terug" (through "brieven"); "terug" + "sturen" is a verb, but hanging "terug" on
    // "stuurt" would close the cycle stuurt → brieven → terug → stuurt.
    HandTree t = HandTree.of(
        "Ze PRON Case=Nom ze 1 nsubj",
        "zegt VERB Number=Sing|Tense=Pres|VerbForm=Fin zeggen -1 root",
        ": PUNCT _ : 1 punct",
        "ze PRON Case=Nom ze 4 nsubj",
        "stuurt VERB Number=Sing|Tense=Pres|VerbForm=Fin sturen 5 acl",
        "brieven NOUN Number=Plur brief 6 nmod",
        "terug ADV _ terug 1 advmod",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of("terugsturen", "WKW:TGW:INF"));
    assertEquals(1, t.heads()[6]);
    assertEquals("advmod", t.rels()[6]);
    for (int i = 0; i < t.heads().length; i++) {
      int steps = 0;
      for (int h = i; h >= 0; h = t.heads()[h]) {
        assertTrue(steps++ <= t.heads().length, "a cycle of heads through " + i);
      }
    }
  }

  @Test
  void attachRefusesAHeadInsideTheDependentsSubtree() {
    int[] heads = {-1, 0, 1, 2};
    assertFalse(Trees.attach(heads, 1, 3));
    assertArrayEquals(new int[] {-1, 0, 1, 2}, heads);
    assertTrue(Trees.attach(heads, 3, 1));
    assertArrayEquals(new int[] {-1, 0, 1, 1}, heads);
  }

  @Test
  void zijnHeadingItsOwnClauseIsAVerbAndUnderAnAdjectiveItsCopula() {
    // Er is een probleem . — existential "is" heads the clause: VERB, though the tagger said AUX.
    HandTree there = HandTree.of(
        "Er ADV _ er 1 expl",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root",
        "een DET _ een 3 det",
        "probleem NOUN Number=Sing probleem 1 nsubj",
        ". PUNCT _ . 1 punct");
    there.apply(Map.of());
    assertEquals(UPos.VERB, there.pos()[1]);
    // Zij is erg moe . — the parser called "is" an auxiliary of the adjective: it is its copula.
    HandTree copula = HandTree.of(
        "Zij PRON Case=Nom zij 3 nsubj",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 aux",
        "erg ADV _ erg 3 advmod",
        "moe ADJ Degree=Pos moe -1 root",
        ". PUNCT _ . 3 punct");
    copula.apply(Map.of());
    assertEquals(UPos.AUX, copula.pos()[1]);
    assertEquals("cop", copula.rels()[1]);
  }

  @Test
  void aFiniteVerbThatIsNoAuxiliaryHeadsItsInfinitive() {
    // Ik wilde het zeggen . — the parser hung "wilde" as an auxiliary on "zeggen".
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 3 nsubj",
        "wilde VERB Number=Sing|Tense=Past|VerbForm=Fin willen 3 aux",
        "het PRON PronType=Prs het 3 obj",
        "zeggen VERB VerbForm=Inf zeggen -1 root",
        ". PUNCT _ . 3 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[1]);
    assertEquals("root", t.rels()[1]);
    assertEquals(1, t.heads()[3]);
    assertEquals("xcomp", t.rels()[3]);
    assertEquals(1, t.heads()[0]);
    // Ik zal het zeggen . — an auxiliary stays under its infinitive.
    HandTree auxiliary = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 3 nsubj",
        "zal AUX Number=Sing|Tense=Pres|VerbForm=Fin zullen 3 aux",
        "het PRON PronType=Prs het 3 obj",
        "zeggen VERB VerbForm=Inf zeggen -1 root",
        ". PUNCT _ . 3 punct");
    auxiliary.apply(Map.of());
    assertEquals(3, auxiliary.heads()[1]);
    assertEquals(3, auxiliary.heads()[0]);
  }

  @Test
  void anInfinitiveWithTeHasNoSubjectOfItsOwn() {
    // De buren probeerden te helpen . — the subject hung on "helpen" belongs to "probeerden".
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "buren NOUN Number=Plur buur 4 nsubj",
        "probeerden VERB Number=Plur|Tense=Past|VerbForm=Fin proberen -1 root",
        "te ADP _ te 4 mark",
        "helpen VERB VerbForm=Inf helpen 2 xcomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(2, t.heads()[1]);
    assertEquals("nsubj", t.rels()[1]);
    // dat hij morgen zal komen : "komen" has a finite auxiliary of its own and keeps its subject.
    HandTree finite = HandTree.of(
        "dat SCONJ _ dat 4 mark",
        "hij PRON Case=Nom|PronType=Prs hij 4 nsubj",
        "morgen ADV _ morgen 4 advmod",
        "zal AUX Number=Sing|Tense=Pres|VerbForm=Fin zullen 4 aux",
        "komen VERB VerbForm=Inf komen -1 root");
    finite.apply(Map.of());
    assertEquals(4, finite.heads()[1]);
  }

  @Test
  void aCopularClauseHangsOnItsPredicate() {
    // ... dat mijn buurman een goede kok is . — the parser hung both noun phrases on "is" as subjects.
    HandTree noun = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "mijn PRON Poss=Yes|PronType=Prs mijn 2 nmod:poss",
        "buurman NOUN Number=Sing buurman 6 nsubj",
        "een DET _ een 5 det",
        "goede ADJ Degree=Pos goed 5 amod",
        "kok NOUN Number=Sing kok 6 nsubj",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root");
    noun.apply(Map.of());
    assertArrayEquals(new int[] {5, 2, 5, 5, 5, -1, 5}, noun.heads());
    assertEquals("root", noun.rels()[5]);
    assertEquals("cop", noun.rels()[6]);
    assertEquals(UPos.AUX, noun.pos()[6]);
    assertEquals("nsubj", noun.rels()[2]);
    // Daarvoor was hij minister . — inverted: the pronoun is the subject, wherever it stands.
    HandTree inverted = HandTree.of(
        "Daarvoor ADV _ daarvoor 1 advmod",
        "was VERB Number=Sing|Tense=Past|VerbForm=Fin zijn -1 root",
        "hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "minister NOUN Number=Sing minister 1 obj",
        ". PUNCT _ . 1 punct");
    inverted.apply(Map.of());
    assertArrayEquals(new int[] {3, 3, 3, -1, 3}, inverted.heads());
    assertEquals("cop", inverted.rels()[1]);
    assertEquals("nsubj", inverted.rels()[2]);
    // Hij is vaak ziek . — of two adjectives, the last is the predicate.
    HandTree adjective = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root",
        "vaak ADJ Degree=Pos vaak 1 advmod",
        "ziek ADJ Degree=Pos ziek 1 advmod",
        ". PUNCT _ . 1 punct");
    adjective.apply(Map.of());
    assertEquals(-1, adjective.heads()[3]);
    assertEquals(3, adjective.heads()[2]);
    assertEquals("cop", adjective.rels()[1]);
  }

  @Test
  void zijnWithAPrepositionalPhraseAVerbOrOneNounPhraseKeepsTheClause() {
    // Het feest is in de tuin . — a place, not a predicate: "is" stays the head.
    HandTree place = HandTree.of(
        "Het DET _ het 1 det",
        "feest NOUN Number=Sing feest 2 nsubj",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root",
        "in ADP _ in 4 case",
        "de DET _ de 4 det",
        "tuin NOUN Number=Sing tuin 2 obl",
        ". PUNCT _ . 2 punct");
    place.apply(Map.of());
    assertEquals(-1, place.heads()[2]);
    assertEquals("root", place.rels()[2]);
    // Er zijn veel vragen . — existential, one noun phrase.
    HandTree there = HandTree.of(
        "Er ADV _ er 1 expl",
        "zijn VERB Number=Plur|Tense=Pres|VerbForm=Fin zijn -1 root",
        "veel DET _ veel 3 det",
        "vragen NOUN Number=Plur vraag 1 nsubj",
        ". PUNCT _ . 1 punct");
    there.apply(Map.of());
    assertEquals(-1, there.heads()[1]);
    assertEquals("nsubj", there.rels()[3]);
    // De trein is vertrokken . — "is" with a participle is an auxiliary, not a copula.
    HandTree perfect = HandTree.of(
        "De DET _ de 1 det",
        "trein NOUN Number=Sing trein 2 nsubj",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root",
        "vertrokken VERB VerbForm=Part vertrekken 2 xcomp",
        ". PUNCT _ . 2 punct");
    perfect.apply(Map.of());
    assertFalse(perfect.rels()[2].equals("cop"));
  }

  @Test
  void hebbenAndWordenAreAuxiliariesOnlyBesideTheirVerb() {
    // Wij hebben een tuin . — possession: VERB.
    HandTree own = HandTree.of(
        "Wij PRON Case=Nom wij 1 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben -1 root",
        "een DET _ een 3 det",
        "tuin NOUN Number=Sing tuin 1 obj",
        ". PUNCT _ . 1 punct");
    own.apply(Map.of());
    assertEquals(UPos.VERB, own.pos()[1]);
    // Hij werd burgemeester . — copular "worden" is a VERB in UD Dutch, even when the parser said cop.
    HandTree become = HandTree.of(
        "Hij PRON Case=Nom hij 2 nsubj",
        "werd AUX Number=Sing|Tense=Past|VerbForm=Fin worden 2 cop",
        "burgemeester NOUN Number=Sing burgemeester -1 root",
        ". PUNCT _ . 2 punct");
    become.apply(Map.of());
    assertEquals(UPos.VERB, become.pos()[1]);
    // Wij hebben gewacht . — beside a participle: AUX.
    HandTree perfect = HandTree.of(
        "Wij PRON Case=Nom wij 2 nsubj",
        "hebben VERB Number=Plur|Tense=Pres|VerbForm=Fin hebben 2 aux",
        "gewacht VERB VerbForm=Part wachten -1 root",
        ". PUNCT _ . 2 punct");
    perfect.apply(Map.of());
    assertEquals(UPos.AUX, perfect.pos()[1]);
    // Zij wil naar huis . — "willen" is a full verb in UD Dutch; a modal such as "kan" stays AUX.
    HandTree want = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "wil AUX Number=Sing|Tense=Pres|VerbForm=Fin willen -1 root",
        "naar ADP _ naar 3 case",
        "huis NOUN Number=Sing huis 1 obl",
        ". PUNCT _ . 1 punct");
    want.apply(Map.of());
    assertEquals(UPos.VERB, want.pos()[1]);
  }

  @Test
  void hetWithoutANounIsAPronoun() {
    // Hij vond het heel belangrijk . — "het" before an uninflected adjective: a pronoun (object).
    HandTree predicative = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "vond VERB Number=Sing|Tense=Past|VerbForm=Fin vinden -1 root",
        "het DET Definite=Def het 4 det",
        "heel ADV _ heel 4 advmod",
        "belangrijk ADJ Degree=Pos belangrijk 1 xcomp",
        ". PUNCT _ . 1 punct");
    predicative.apply(Map.of());
    assertEquals(UPos.PRON, predicative.pos()[2]);
    assertEquals("Person=3|PronType=Prs", predicative.feats()[2]);
    // Zij kocht het oude huis . / het zingen van liedjes / voor het eerst: determiners.
    HandTree np = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "kocht VERB Number=Sing|Tense=Past|VerbForm=Fin kopen -1 root",
        "het DET Definite=Def het 4 det",
        "oude ADJ Degree=Pos oud 4 amod",
        "huis NOUN Number=Sing huis 1 obj",
        ". PUNCT _ . 1 punct");
    np.apply(Map.of());
    assertEquals(UPos.DET, np.pos()[2]);
    HandTree gerund = HandTree.of(
        "het DET Definite=Def het 1 det",
        "zingen VERB VerbForm=Inf zingen -1 root",
        "van ADP _ van 3 case",
        "liedjes NOUN Number=Plur liedje 1 nmod");
    gerund.apply(Map.of());
    assertEquals(UPos.DET, gerund.pos()[0]);
    HandTree first = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "won VERB Number=Sing|Tense=Past|VerbForm=Fin winnen -1 root",
        "voor ADP _ voor 4 case",
        "het DET Definite=Def het 4 det",
        "eerst ADJ Degree=Pos eerst 1 obl",
        ". PUNCT _ . 1 punct");
    first.apply(Map.of());
    assertEquals(UPos.DET, first.pos()[3]);
  }

  @Test
  void aFixedPrepositionalPartIsTheVerbsParticleWithItsWordsFixed() {
    // Bij het ongeluk kwamen twee wandelaars om het leven . — verb to the left, through the finite verb.
    HandTree left = HandTree.of(
        "Bij ADP _ bij 2 case",
        "het DET _ het 2 det",
        "ongeluk NOUN Number=Sing ongeluk 3 obl",
        "kwamen VERB Number=Plur|Tense=Past|VerbForm=Fin komen -1 root",
        "twee NUM _ twee 5 nummod",
        "wandelaars NOUN Number=Plur wandelaar 3 nsubj",
        "om ADP _ om 8 case",
        "het DET _ het 8 det",
        "leven NOUN Number=Sing leven 3 obl",
        ". PUNCT _ . 3 punct");
    left.apply(Map.of());
    assertEquals("compound:prt", left.rels()[6]);
    assertEquals(3, left.heads()[6]);
    assertEquals("fixed", left.rels()[7]);
    assertEquals("fixed", left.rels()[8]);
    assertEquals(6, left.heads()[8]);
    // dat de fabriek de machine in gebruik neemt — verb right after the part.
    HandTree right = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "de DET _ de 2 det",
        "fabriek NOUN Number=Sing fabriek 6 nsubj",
        "de DET _ de 4 det",
        "machine NOUN Number=Sing machine 6 obj",
        "in ADP _ in 6 case",
        "gebruik NOUN Number=Sing gebruik 6 obl",
        "neemt VERB Number=Sing|Tense=Pres|VerbForm=Fin nemen -1 root");
    right.apply(Map.of());
    assertEquals("compound:prt", right.rels()[5]);
    assertEquals(7, right.heads()[5]);
    assertEquals("fixed", right.rels()[6]);
  }

  @Test
  void theSamePrepositionalPhraseWithAnotherVerbIsLeftAlone() {
    // Hij las over het leven van zijn opa . — "om het leven" would need komen or brengen; and
    // Zij zag het plan in gebruik . is not "in gebruik nemen".
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "zag VERB Number=Sing|Tense=Past|VerbForm=Fin zien -1 root",
        "het DET _ het 3 det",
        "plan NOUN Number=Sing plan 1 obj",
        "in ADP _ in 5 case",
        "gebruik NOUN Number=Sing gebruik 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("case", t.rels()[4]);
    assertEquals(5, t.heads()[4]);
    assertEquals("obl", t.rels()[5]);
  }

  @Test
  void aNounOrAdjectivePartBeforeAPrepositionalPhraseOrAfterAnAdverbialAdjectiveJoinsItsVerb() {
    // De opening vond plaats in de aula . — "plaats" before a prepositional phrase is still the part.
    HandTree place = HandTree.of(
        "De DET _ de 1 det",
        "opening NOUN Number=Sing opening 2 nsubj",
        "vond VERB Number=Sing|Tense=Past|VerbForm=Fin vinden -1 root",
        "plaats NOUN Number=Sing plaats 2 obj",
        "in ADP _ in 6 case",
        "de DET _ de 6 det",
        "aula NOUN Number=Sing aula 3 nmod",
        ". PUNCT _ . 2 punct");
    place.apply(Map.of("plaatsvinden", "WKW:TGW:INF"));
    assertEquals("compound:prt", place.rels()[3]);
    // Zij hield koppig vol . — after an uninflected adjective said of the verb, at the clause's end.
    HandTree held = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "hield VERB Number=Sing|Tense=Past|VerbForm=Fin houden -1 root",
        "koppig ADJ Degree=Pos koppig 1 advmod",
        "vol ADJ Degree=Pos vol 1 xcomp",
        ". PUNCT _ . 1 punct");
    held.apply(Map.of("volhouden", "WKW:TGW:INF"));
    assertEquals("compound:prt", held.rels()[3]);
    // een volle zaal : an inflected adjective before a noun is no part.
    HandTree full = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "hield VERB Number=Sing|Tense=Past|VerbForm=Fin houden -1 root",
        "de DET _ de 4 det",
        "grote ADJ Degree=Pos groot 4 amod",
        "vol ADJ Degree=Pos vol 1 xcomp",
        ". PUNCT _ . 1 punct");
    full.apply(Map.of("volhouden", "WKW:TGW:INF"));
    assertEquals("xcomp", full.rels()[4]);
  }

  @Test
  void aParticleBeforeTeAndAModalJoinsTheVerbAfterThem() {
    // om het touw door te kunnen knippen — "door" + "knippen" = doorknippen, past "te kunnen".
    HandTree t = HandTree.of(
        "om SCONJ _ om 6 mark",
        "het DET _ het 2 det",
        "touw NOUN Number=Sing touw 6 obj",
        "door ADP _ door 2 case",
        "te ADP _ te 6 mark",
        "kunnen AUX VerbForm=Inf kunnen 6 aux",
        "knippen VERB VerbForm=Inf knippen -1 root");
    t.apply(Map.of("doorknippen", "WKW:TGW:INF"));
    assertEquals(6, t.heads()[3]);
    assertEquals("compound:prt", t.rels()[3]);
  }

  @Test
  void aNounAfterASentenceAdverbCanStillBeAParticleButNotAfterADegreeAdverb() {
    // Het concert vindt morgen plaats . — "plaats" + "vinden" = plaatsvinden, after the adverb "morgen".
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "concert NOUN Number=Sing concert 2 nsubj",
        "vindt VERB Number=Sing|Tense=Pres|VerbForm=Fin vinden -1 root",
        "morgen ADV _ morgen 2 advmod",
        "plaats NOUN Number=Sing plaats 2 obj",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of("plaatsvinden", "WKW:TGW:INF"));
    assertEquals("compound:prt", t.rels()[4]);
    // Hij bleef heel stil . — "stil" after "heel" is an adjective phrase, though "stilblijven" is a verb.
    HandTree degree = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "bleef VERB Number=Sing|Tense=Past|VerbForm=Fin blijven -1 root",
        "heel ADV _ heel 3 advmod",
        "stil ADJ Degree=Pos stil 1 xcomp",
        ". PUNCT _ . 1 punct");
    degree.apply(Map.of("stilblijven", "WKW:TGW:INF"));
    assertEquals("xcomp", degree.rels()[3]);
  }

  @Test
  void aClauseWithObjectsButNoSubjectTakesItsFirstObjectAsSubjectIfItAgrees() {
    // In de winter kregen de kinderen een slee . — the parser saw two objects.
    HandTree t = HandTree.of(
        "In ADP _ in 2 case",
        "de DET _ de 2 det",
        "winter NOUN Number=Sing winter 3 obl",
        "kregen VERB Number=Plur|Tense=Past|VerbForm=Fin krijgen -1 root",
        "de DET _ de 5 det",
        "kinderen NOUN Number=Plur kind 3 obj",
        "een DET _ een 7 det",
        "slee NOUN Number=Sing slee 3 obj",
        ". PUNCT _ . 3 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[5]);
    assertEquals("obj", t.rels()[7]);
    // Morgen kregen de kinderen een slee, with the verb singular ("kreeg"): "de kinderen" does not
    // agree, so nothing changes.
    HandTree disagree = HandTree.of(
        "Morgen ADV _ morgen 1 advmod",
        "kreeg VERB Number=Sing|Tense=Past|VerbForm=Fin krijgen -1 root",
        "de DET _ de 3 det",
        "kinderen NOUN Number=Plur kind 1 obj",
        ". PUNCT _ . 1 punct");
    disagree.apply(Map.of());
    assertEquals("obj", disagree.rels()[3]);
  }

  @Test
  void aConjunctSharesItsSubjectAndKeepsItsObject() {
    // Hij kwam en zag de stad . — "de stad" stays the object of "zag".
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "kwam VERB Number=Sing|Tense=Past|VerbForm=Fin komen -1 root",
        "en CCONJ _ en 3 cc",
        "zag VERB Number=Sing|Tense=Past|VerbForm=Fin zien 1 conj",
        "de DET _ de 5 det",
        "stad NOUN Number=Sing stad 3 obj",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("obj", t.rels()[5]);
  }

  @Test
  void anAdjectiveBesideANominalSubjectIsNoSubject() {
    // Eerlijk , omdat ik dat fijn vind . — the parser hung "Eerlijk" as a second subject of "vind".
    HandTree t = HandTree.of(
        "Eerlijk ADJ Degree=Pos eerlijk 6 nsubj",
        ", PUNCT _ , 0 punct",
        "omdat SCONJ _ omdat 6 mark",
        "ik PRON Case=Nom ik 6 nsubj",
        "dat PRON _ dat 6 obj",
        "fijn ADJ Degree=Pos fijn 6 xcomp",
        "vind VERB Number=Sing|Tense=Pres|VerbForm=Fin vinden -1 root",
        ". PUNCT _ . 6 punct");
    t.apply(Map.of());
    assertEquals("advmod", t.rels()[0]);
    assertEquals("nsubj", t.rels()[3]);
  }

  @Test
  void aRelativeClauseHungOnTheVerbBeforeItHangsOnItsNounAndItsSubjectAgrees() {
    // Er kwam een wolf die drie schapen heeft gedood . — the parser hung the relative clause on
    // "kwam" and made both "die" and "schapen" its subjects; "heeft" agrees with "die" (de wolf).
    HandTree t = HandTree.of(
        "Er ADV _ er 1 advmod",
        "kwam VERB Number=Sing|Tense=Past|VerbForm=Fin komen -1 root",
        "een DET _ een 3 det",
        "wolf NOUN Number=Sing wolf 1 nsubj",
        "die PRON PronType=Rel die 8 nsubj",
        "drie NUM _ drie 6 nummod",
        "schapen NOUN Number=Plur schaap 8 nsubj",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 8 aux",
        "gedood VERB VerbForm=Part doden 1 parataxis",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(3, t.heads()[8]);
    assertEquals("acl:relcl", t.rels()[8]);
    assertEquals("nsubj", t.rels()[4]);
    assertEquals("obj", t.rels()[6]);
    // De wolven die het schaap hebben gedood: with the verb plural it is "het schaap" that does not
    // agree, and it stays the object.
    HandTree plural = HandTree.of(
        "De DET _ de 1 det",
        "wolven NOUN Number=Plur wolf 6 nsubj",
        "die PRON PronType=Rel die 6 nsubj",
        "het DET _ het 4 det",
        "schaap NOUN Number=Sing schaap 6 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 6 aux",
        "gedood VERB VerbForm=Part doden -1 root");
    plural.apply(Map.of());
    assertEquals("nsubj", plural.rels()[2]);
    assertEquals("obj", plural.rels()[4]);
  }

  @Test
  void theAntecedentOfARelativeClauseIsNoArgumentOfItsVerb() {
    // Het dorp , dat een molen heeft , ligt aan zee . — the parser made "dorp" the subject of
    // "heeft" and "dat" its object.
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "dorp NOUN Number=Sing dorp 6 nsubj",
        ", PUNCT _ , 6 punct",
        "dat PRON PronType=Rel dat 6 obj",
        "een DET _ een 5 det",
        "molen NOUN Number=Sing molen 6 obj",
        "heeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hebben 8 advcl",
        ", PUNCT _ , 6 punct",
        "ligt VERB Number=Sing|Tense=Pres|VerbForm=Fin liggen -1 root",
        "aan ADP _ aan 10 case",
        "zee NOUN Number=Sing zee 8 obl",
        ". PUNCT _ . 8 punct");
    t.apply(Map.of());
    assertEquals(8, t.heads()[1]);
    assertEquals("nsubj", t.rels()[1]); // "ligt" had no subject: the antecedent before it is one
    assertEquals(1, t.heads()[6]);
    assertEquals("acl:relcl", t.rels()[6]);
  }

  @Test
  void aRelativeClauseTakenForTheMainClauseGivesTheSentenceBackToItsVerb() {
    // Piet , die in Brugge woont , kent de weg . — the parser made "woont" the root, "Piet" its
    // subject and "kent" a conjunct with "de weg" as subject.
    HandTree t = HandTree.of(
        "Piet PROPN _ Piet 5 nsubj",
        ", PUNCT _ , 5 punct",
        "die PRON PronType=Rel die 5 nsubj",
        "in ADP _ in 4 case",
        "Brugge PROPN _ Brugge 5 obl",
        "woont VERB Number=Sing|Tense=Pres|VerbForm=Fin wonen -1 root",
        ", PUNCT _ , 5 punct",
        "kent VERB Number=Sing|Tense=Pres|VerbForm=Fin kennen 5 conj",
        "de DET _ de 9 det",
        "weg NOUN Number=Sing weg 7 nsubj",
        ". PUNCT _ . 5 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[7]);
    assertEquals("root", t.rels()[7]);
    assertEquals(7, t.heads()[0]);
    assertEquals("nsubj", t.rels()[0]);
    assertEquals(0, t.heads()[5]);
    assertEquals("acl:relcl", t.rels()[5]);
    assertEquals("obj", t.rels()[9]);
    assertEquals(7, t.heads()[10]);
    // Dit is de vrouw die de prijs won . — the copular clause around it heads the sentence.
    HandTree copular = HandTree.of(
        "Dit DET _ dit 3 det",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "de DET _ de 3 det",
        "vrouw NOUN Number=Sing vrouw 7 obl",
        "die PRON PronType=Rel die 7 nsubj",
        "de DET _ de 6 det",
        "prijs NOUN Number=Sing prijs 7 obj",
        "won VERB Number=Sing|Tense=Past|VerbForm=Fin winnen -1 root",
        ". PUNCT _ . 7 punct");
    copular.apply(Map.of());
    assertEquals(-1, copular.heads()[3]);
    assertEquals(3, copular.heads()[7]);
    assertEquals("acl:relcl", copular.rels()[7]);
    assertEquals("nsubj", copular.rels()[0]);
    // De man zag dat het regende: "dat" is no relative pronoun here (no PronType=Rel), nothing moves.
    HandTree complement = HandTree.of(
        "De DET _ de 1 det",
        "man NOUN Number=Sing man 2 nsubj",
        "zag VERB Number=Sing|Tense=Past|VerbForm=Fin zien -1 root",
        "dat SCONJ _ dat 5 mark",
        "het PRON _ het 5 nsubj",
        "regende VERB Number=Sing|Tense=Past|VerbForm=Fin regenen 2 ccomp");
    complement.apply(Map.of());
    assertEquals(2, complement.heads()[5]);
    assertEquals("ccomp", complement.rels()[5]);
  }

  @Test
  void aPointerWordOpensTheTeInfinitiveItAnnounces() {
    // Zij verwijten hem erover de brief te laat te sturen — simplified: Zij verwijt Jan ervan de
    // brief te sturen . The parser hung "Jan" on the infinitive as its subject: a te-infinitive has
    // none, and what stands before the pointer word is the verb's above (here its object).
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "verwijt VERB Number=Sing|Tense=Pres|VerbForm=Fin verwijten -1 root",
        "Jan PROPN _ Jan 7 nsubj",
        "ervan ADV _ ervan 7 advmod",
        "de DET _ de 5 det",
        "brief NOUN Number=Sing brief 7 obj",
        "te ADP _ te 7 mark",
        "sturen VERB VerbForm=Inf sturen 1 xcomp",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(1, t.heads()[2]);
    assertEquals("obj", t.rels()[2]);
    assertEquals(1, t.heads()[3]);
    assertEquals(7, t.heads()[5]); // after the pointer word: the infinitive's own object stays
    // the other way round: Hij dreigt ermee de deur dicht te doen — "de deur" hung on "dreigt"
    HandTree after = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "dreigt VERB Number=Sing|Tense=Pres|VerbForm=Fin dreigen -1 root",
        "ermee ADV _ ermee 1 advmod",
        "de DET _ de 4 det",
        "deur NOUN Number=Sing deur 1 obj",
        "dicht ADJ _ dicht 7 compound:prt",
        "te ADP _ te 7 mark",
        "doen VERB VerbForm=Inf doen 1 xcomp",
        ". PUNCT _ . 1 punct");
    after.apply(Map.of());
    assertEquals(7, after.heads()[4]);
    assertEquals(1, after.heads()[2]);
    // no pointer word: Hij vraagt de buurman de deur te openen keeps the parser's tree
    HandTree none = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "vraagt VERB Number=Sing|Tense=Pres|VerbForm=Fin vragen -1 root",
        "de DET _ de 3 det",
        "buurman NOUN Number=Sing buurman 1 iobj",
        "de DET _ de 5 det",
        "deur NOUN Number=Sing deur 7 obj",
        "te ADP _ te 7 mark",
        "openen VERB VerbForm=Inf openen 1 xcomp");
    none.apply(Map.of());
    assertEquals(1, none.heads()[3]);
    assertEquals(7, none.heads()[5]);
  }

  @Test
  void aNominativePronounIsTheSubjectBesideANounPhraseTheParserAlsoCalledOne() {
    // Wij hebben de buren geholpen . — "de buren" taken for a second subject
    HandTree t = HandTree.of(
        "Wij PRON Case=Nom|PronType=Prs wij 4 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 4 aux",
        "de DET _ de 3 det",
        "buren NOUN Number=Plur buur 4 nsubj",
        "geholpen VERB VerbForm=Part helpen -1 root");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[0]);
    assertEquals("obj", t.rels()[3]);
    // a passive clause (worden + participle): the noun phrase is not made an object (a passive has none)
    HandTree passive = HandTree.of(
        "Wij PRON Case=Nom|PronType=Prs wij 4 nsubj",
        "worden AUX Number=Plur|Tense=Pres|VerbForm=Fin worden 4 aux:pass",
        "de DET _ de 3 det",
        "buren NOUN Number=Plur buur 4 nsubj",
        "geholpen VERB VerbForm=Part helpen -1 root");
    passive.apply(Map.of());
    assertEquals("nsubj:pass", passive.rels()[0]);
    assertEquals("nsubj", passive.rels()[3]);
  }

  @Test
  void aNounRightBeforeDatIsTheNounTheClauseCompletes() {
    // Vreemd is het bericht dat de brug dicht gaat . — the parser hung "bericht" on "gaat".
    HandTree t = HandTree.of(
        "Vreemd ADJ Degree=Pos vreemd -1 root",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 0 cop",
        "het DET _ het 3 det",
        "bericht NOUN Number=Sing bericht 8 obl",
        "dat SCONJ _ dat 8 mark",
        "de DET _ de 6 det",
        "brug NOUN Number=Sing brug 8 nsubj",
        "dicht ADJ _ dicht 8 compound:prt",
        "gaat VERB Number=Sing|Tense=Pres|VerbForm=Fin gaan 0 dep",
        ". PUNCT _ . 0 punct");
    t.apply(Map.of());
    assertEquals(0, t.heads()[3]);
    assertEquals("nsubj", t.rels()[3]);
    assertEquals(3, t.heads()[8]);
    assertEquals("acl", t.rels()[8]);
    // Hij vertelde de buren dat het regende: "de buren" hangs on "vertelde", not on the clause
    // after dat, and stays there
    HandTree told = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "vertelde VERB Number=Sing|Tense=Past|VerbForm=Fin vertellen -1 root",
        "de DET _ de 3 det",
        "buren NOUN Number=Plur buur 1 iobj",
        "dat SCONJ _ dat 6 mark",
        "het PRON _ het 6 nsubj",
        "regende VERB Number=Sing|Tense=Past|VerbForm=Fin regenen 1 ccomp");
    told.apply(Map.of());
    assertEquals(1, told.heads()[3]);
    assertEquals(1, told.heads()[6]);
    assertEquals("ccomp", told.rels()[6]);
  }

  @Test
  void datAfterANounIsTheRelativeSubjectWhenTheNounPhraseAfterItDisagreesWithTheVerb() {
    // Ik zag het paard dat twee koeien heeft geschopt . The tagger read "dat" as the
    // complementiser and the parser hung its clause on "zag"; "heeft" cannot agree with "twee koeien".
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 1 nsubj",
        "zag VERB Number=Sing|Tense=Past|VerbForm=Fin zien -1 root",
        "het DET _ het 3 det",
        "paard NOUN Number=Sing paard 1 obj",
        "dat SCONJ _ dat 8 mark",
        "twee NUM _ twee 6 nummod",
        "koeien NOUN Number=Plur koe 8 nsubj",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 8 aux",
        "geschopt VERB VerbForm=Part schoppen 1 ccomp");
    t.apply(Map.of());
    assertEquals(UPos.PRON, t.pos()[4]);
    assertEquals("nsubj", t.rels()[4]);
    assertEquals("obj", t.rels()[6]);
    assertEquals(3, t.heads()[8]);
    assertEquals("acl:relcl", t.rels()[8]);
    // het feit dat twee koeien hebben geschopt: the verb agrees with "twee koeien", dat stays the complementiser
    HandTree agrees = HandTree.of(
        "het DET _ het 1 det",
        "feit NOUN Number=Sing feit 6 nsubj",
        "dat SCONJ _ dat 6 mark",
        "twee NUM _ twee 4 nummod",
        "koeien NOUN Number=Plur koe 6 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 6 aux",
        "geschopt VERB VerbForm=Part schoppen 1 acl");
    agrees.apply(Map.of());
    assertEquals(UPos.SCONJ, agrees.pos()[2]);
    assertEquals("nsubj", agrees.rels()[4]);
  }

  @Test
  void anAdjectiveBeforeAPrepositionArticleOrNumberModifiesTheVerbNotTheNounAfterIt() {
    // die zelden in Parijs werkt — the parser hung "zelden" on "Parijs" as amod.
    HandTree t = HandTree.of(
        "die PRON PronType=Rel die 4 nsubj",
        "zelden ADJ Degree=Pos zelden 3 amod",
        "in ADP _ in 3 case",
        "Parijs PROPN Number=Sing Parijs 4 obl",
        "werkt VERB Number=Sing|Tense=Pres|VerbForm=Fin werken -1 root");
    t.apply(Map.of());
    assertEquals("advmod", t.rels()[1]);
    assertEquals(4, t.heads()[1]);
    // in het oude huis: the adjective inside the phrase stays the noun's
    HandTree u = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "woont VERB Number=Sing|Tense=Pres|VerbForm=Fin wonen -1 root",
        "in ADP _ in 5 case",
        "het DET _ het 5 det",
        "oude ADJ Degree=Pos oud 5 amod",
        "huis NOUN Number=Sing huis 1 obl");
    u.apply(Map.of());
    assertEquals("amod", u.rels()[4]);
    assertEquals(5, u.heads()[4]);
    // die zelden twee jaar wacht — before the noun's number: the verb's too
    HandTree w = HandTree.of(
        "die PRON PronType=Rel die 4 nsubj",
        "zelden ADJ Degree=Pos zelden 3 amod",
        "twee NUM _ twee 3 nummod",
        "jaar NOUN Number=Sing jaar 4 obl",
        "wacht VERB Number=Sing|Tense=Pres|VerbForm=Fin wachten -1 root");
    w.apply(Map.of());
    assertEquals("advmod", w.rels()[1]);
    assertEquals(4, w.heads()[1]);
    // de twee grote huizen: after the number it stays the noun's
    HandTree x = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "koopt VERB Number=Sing|Tense=Pres|VerbForm=Fin kopen -1 root",
        "de DET _ de 5 det",
        "twee NUM _ twee 5 nummod",
        "grote ADJ Degree=Pos groot 5 amod",
        "huizen NOUN Number=Plur huis 1 obj");
    x.apply(Map.of());
    assertEquals("amod", x.rels()[4]);
  }

  @Test
  void aPhraseBetweenARelativeClauseInTheSubjectAndTheFiniteVerbIsTheRelativeClauses() {
    // De boeken die zijn gedrukt in Gent moeten terug . — "in Gent" hung on the main verb.
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "boeken NOUN Number=Plur boek 7 nsubj",
        "die PRON PronType=Rel die 4 nsubj:pass",
        "zijn AUX Number=Plur|Tense=Pres|VerbForm=Fin zijn 4 aux:pass",
        "gedrukt VERB VerbForm=Part drukken 1 acl:relcl",
        "in ADP _ in 6 case",
        "Gent PROPN Number=Sing Gent 7 obl",
        "moeten VERB Number=Plur|Tense=Pres|VerbForm=Fin moeten -1 root",
        "terug ADV _ terug 7 advmod",
        ". PUNCT _ . 7 punct");
    t.apply(Map.of());
    assertEquals(4, t.heads()[6]);
    assertEquals("obl", t.rels()[6]);
    // Gisteren kocht hij … : the phrase before the verb with no subject there stays where it is
    HandTree u = HandTree.of(
        "In ADP _ in 1 case",
        "Gent PROPN Number=Sing Gent 2 obl",
        "kocht VERB Number=Sing|Tense=Past|VerbForm=Fin kopen -1 root",
        "hij PRON Case=Nom hij 2 nsubj",
        "boeken NOUN Number=Plur boek 2 obj",
        ". PUNCT _ . 2 punct");
    u.apply(Map.of());
    assertEquals(2, u.heads()[1]);
  }

  @Test
  void aRelativePronounIsTheSubjectWhereTheNounPhraseAfterItDisagreesWithTheVerb() {
    // Jansen , die Gent en Luik noemde , … — the parser took "die" for the object, "Gent" for the subject.
    HandTree t = HandTree.of(
        "Jansen PROPN Number=Sing Jansen -1 root",
        ", PUNCT _ , 6 punct",
        "die PRON PronType=Rel die 6 obj",
        "Gent PROPN Number=Sing Gent 6 nsubj",
        "en CCONJ _ en 5 cc",
        "Luik PROPN Number=Sing Luik 3 conj",
        "noemde VERB Number=Sing|Tense=Past|VerbForm=Fin noemen 0 acl:relcl");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[2]);
    assertEquals("obj", t.rels()[3]);
    // de boeken , die de leraar noemde — singular verb, singular subject: left as the parser had it
    HandTree u = HandTree.of(
        "de DET _ de 1 det",
        "boeken NOUN Number=Plur boek -1 root",
        ", PUNCT _ , 6 punct",
        "die PRON PronType=Rel die 6 obj",
        "de DET _ de 5 det",
        "leraar NOUN Number=Sing leraar 6 nsubj",
        "noemde VERB Number=Sing|Tense=Past|VerbForm=Fin noemen 1 acl:relcl");
    u.apply(Map.of());
    assertEquals("obj", u.rels()[3]);
    assertEquals("nsubj", u.rels()[5]);
  }

  @Test
  void zijnWithAParticipleAfterTheNounIsTheParticiplesAuxiliary() {
    // Gisteren is de brug weer geopend . — the parser made "brug" the predicate of "is".
    HandTree t = HandTree.of(
        "Gisteren ADV _ gisteren 3 advmod",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "de DET _ de 3 det",
        "brug NOUN Number=Sing brug -1 root",
        "weer ADV _ weer 3 advmod",
        "geopend VERB VerbForm=Part openen 3 dep",
        ". PUNCT _ . 3 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[5]);
    assertEquals("root", t.rels()[5]);
    assertEquals(5, t.heads()[3]);
    assertEquals("nsubj", t.rels()[3].replace(":pass", ""));
    assertEquals(5, t.heads()[1]);
    assertEquals("aux", t.rels()[1]);
    assertEquals(5, t.heads()[0]);
    assertEquals(3, t.heads()[2]); // the article stays the noun's
    // Het dak is sinds 2019 hersteld . — a prepositional phrase taken for the predicate
    HandTree w = HandTree.of(
        "Het DET _ het 1 det",
        "dak NOUN Number=Sing dak 4 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        "sinds ADP _ sinds 4 case",
        "2019 NUM _ 2019 -1 root",
        "hersteld VERB VerbForm=Part herstellen 4 dep",
        ". PUNCT _ . 5 punct");
    w.apply(Map.of());
    assertEquals("root", w.rels()[5]);
    assertEquals("obl", w.rels()[4]);
    assertEquals(5, w.heads()[4]);
    assertEquals(5, w.heads()[1]); // the subject goes with the clause
    assertEquals("aux", w.rels()[2]);
    // Hij is een gevierd schrijver . — the participle before the noun is the noun's: left alone
    HandTree u = HandTree.of(
        "Hij PRON Case=Nom hij 3 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "een DET _ een 3 det",
        "gevierd VERB VerbForm=Part vieren 4 amod",
        "schrijver NOUN Number=Sing schrijver -1 root",
        ". PUNCT _ . 4 punct");
    u.apply(Map.of());
    assertEquals("cop", u.rels()[1]);
  }

  @Test
  void anAdjectiveOfMannerBeforeAComparativeOfTheVerbIsTheVerbs() {
    // dat de stad zich economisch verder ontwikkelt — economisch says how, not how far
    HandTree t = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "de DET _ de 2 det",
        "stad NOUN Number=Sing stad 6 nsubj",
        "zich PRON Reflex=Yes zich 6 obj",
        "economisch ADJ Degree=Pos economisch 5 advmod",
        "verder ADJ Degree=Cmp ver 6 xcomp",
        "ontwikkelt VERB Number=Sing|Tense=Pres|VerbForm=Fin ontwikkelen -1 root");
    t.apply(Map.of());
    assertEquals(6, t.heads()[4]);
    // dat de stad zich veel verder ontwikkelt — a word of degree keeps the comparative
    HandTree u = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "de DET _ de 2 det",
        "stad NOUN Number=Sing stad 6 nsubj",
        "zich PRON Reflex=Yes zich 6 obj",
        "veel ADJ Degree=Pos veel 5 advmod",
        "verder ADJ Degree=Cmp ver 6 xcomp",
        "ontwikkelt VERB Number=Sing|Tense=Pres|VerbForm=Fin ontwikkelen -1 root");
    u.apply(Map.of());
    assertEquals(5, u.heads()[4]);
    // een militair sterker land — the comparative modifies a noun: left alone
    HandTree w = HandTree.of(
        "een DET _ een 3 det",
        "militair ADJ Degree=Pos militair 2 advmod",
        "sterker ADJ Degree=Cmp sterk 3 amod",
        "land NOUN Number=Sing land -1 root");
    w.apply(Map.of());
    assertEquals(2, w.heads()[1]);
  }

  @Test
  void aDatClauseWithItsOwnFiniteVerbUnderAVerbIsItsComplement() {
    // Hij zei dat het logisch is . — the parser hung the predicate on zei as an obl
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "zei VERB Number=Sing|Tense=Past|VerbForm=Fin zeggen -1 root",
        "dat SCONJ _ dat 4 mark",
        "het PRON _ het 4 nsubj",
        "logisch ADJ Degree=Pos logisch 1 obl",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("ccomp", t.rels()[4]);
    // Hij wacht op dat moment . — dat as a determiner opens no clause: the obl stays
    HandTree u = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "wacht VERB Number=Sing|Tense=Pres|VerbForm=Fin wachten -1 root",
        "op ADP _ op 4 case",
        "dat DET _ dat 4 det",
        "moment NOUN Number=Sing moment 1 obl",
        ". PUNCT _ . 1 punct");
    u.apply(Map.of());
    assertEquals("obl", u.rels()[4]);
  }

  @Test
  void aParticipleClosingTheClauseAfterAPrepositionalPredicateIsTheVerb() {
    // De raad is sinds de winter al twee keer vergaderd . — the parser made "winter" the predicate
    // of "is" and hung the participle on it as its acl
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "raad NOUN Number=Sing raad 5 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 5 cop",
        "sinds ADP _ sinds 5 case",
        "de DET _ de 5 det",
        "winter NOUN Number=Sing winter -1 root",
        "al ADV _ al 8 advmod",
        "twee NUM _ twee 8 nummod",
        "keer NOUN Number=Sing keer 5 obl",
        "vergaderd VERB VerbForm=Part vergaderen 5 acl",
        ". PUNCT _ . 5 punct");
    t.apply(Map.of());
    assertEquals("root", t.rels()[9]);
    assertEquals(9, t.heads()[5]);
    assertEquals("obl", t.rels()[5]);
    assertEquals(9, t.heads()[1]); // the subject and the count go with the verb
    assertEquals(9, t.heads()[8]);
    assertEquals("aux", t.rels()[2]);
    // De oorlog is in 2014 uitgebroken . — zijn the cop of a phrase that is the participle's obl
    HandTree o = HandTree.of(
        "De DET _ de 1 det",
        "oorlog NOUN Number=Sing oorlog 5 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        "in ADP _ in 4 case",
        "2014 NUM _ 2014 5 obl",
        "uitgebroken VERB VerbForm=Part uitbreken -1 root",
        ". PUNCT _ . 5 punct");
    o.apply(Map.of());
    assertEquals(5, o.heads()[2]);
    assertEquals("aux", o.rels()[2]);
    assertEquals(5, o.heads()[4]);
    // Het is een boek geschreven door haar . — the acl straight after the noun, with words of its own after it: the noun's
    HandTree u = HandTree.of(
        "Het PRON _ het 3 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "een DET _ een 3 det",
        "boek NOUN Number=Sing boek -1 root",
        "geschreven VERB VerbForm=Part schrijven 3 acl",
        "door ADP _ door 6 case",
        "haar PRON _ haar 4 obl",
        ". PUNCT _ . 3 punct");
    u.apply(Map.of());
    assertEquals("cop", u.rels()[1]);
    assertEquals("acl", u.rels()[4]);
    // Het is een man , geliefd bij velen . — after a comma: an aside on the noun
    HandTree w = HandTree.of(
        "Het PRON _ het 3 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "een DET _ een 3 det",
        "man NOUN Number=Sing man -1 root",
        ", PUNCT _ , 5 punct",
        "geliefd VERB VerbForm=Part lieven 3 acl",
        "bij ADP _ bij 7 case",
        "velen PRON _ veel 5 obl",
        ". PUNCT _ . 3 punct");
    w.apply(Map.of());
    assertEquals("cop", w.rels()[1]);
    assertEquals(3, w.heads()[5]);
  }

  @Test
  void aReportingClauseAfterACommaIsParataxisNotABareDependent() {
    // De brug is te smal , vindt de burgemeester . — the parser left "vindt" a bare dep of "smal".
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "brug NOUN Number=Sing brug 4 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        "te ADV _ te 4 advmod",
        "smal ADJ Degree=Pos smal -1 root",
        ", PUNCT _ , 6 punct",
        "vindt VERB Number=Sing|Tense=Pres|VerbForm=Fin vinden 4 dep",
        "de DET _ de 8 det",
        "burgemeester NOUN Number=Sing burgemeester 6 nsubj",
        ". PUNCT _ . 4 punct");
    t.apply(Map.of());
    assertEquals("parataxis", t.rels()[6]);
    assertEquals(4, t.heads()[6]);
    assertEquals("nsubj", t.rels()[8]);
    // Het water is koud , zei de visser . — the subject after the verb taken for its object
    HandTree u = HandTree.of(
        "Het DET _ het 1 det",
        "water NOUN Number=Sing water 3 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "koud ADJ Degree=Pos koud -1 root",
        ", PUNCT _ , 5 punct",
        "zei VERB Number=Sing|Tense=Past|VerbForm=Fin zeggen 3 dep",
        "de DET _ de 7 det",
        "visser NOUN Number=Sing visser 5 obj",
        ". PUNCT _ . 3 punct");
    u.apply(Map.of());
    assertEquals("parataxis", u.rels()[5]);
    assertEquals("nsubj", u.rels()[7]);
    // the same taken for a second conjunct, with no conjunction: a reporting clause too
    HandTree w = HandTree.of(
        "Het DET _ het 1 det",
        "water NOUN Number=Sing water 3 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "koud ADJ Degree=Pos koud -1 root",
        ", PUNCT _ , 5 punct",
        "zei VERB Number=Sing|Tense=Past|VerbForm=Fin zeggen 3 conj",
        "de DET _ de 7 det",
        "visser NOUN Number=Sing visser 5 nsubj",
        ". PUNCT _ . 3 punct");
    w.apply(Map.of());
    assertEquals("parataxis", w.rels()[5]);
  }

  @Test
  void aDependentVerbWithoutItsOwnSubjectOrCommaStaysADependent() {
    // Zij las , schreef en zong . — no subject after "schreef": not a reporting clause.
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "las VERB Number=Sing|Tense=Past|VerbForm=Fin lezen -1 root",
        ", PUNCT _ , 3 punct",
        "schreef VERB Number=Sing|Tense=Past|VerbForm=Fin schrijven 1 dep",
        "en CCONJ _ en 5 cc",
        "zong VERB Number=Sing|Tense=Past|VerbForm=Fin zingen 1 conj",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("dep", t.rels()[3]);
    // Het regent , en dus blijft de kat binnen . — a conjunct with its conjunction stays one
    HandTree c = HandTree.of(
        "Het PRON _ het 1 nsubj",
        "regent VERB Number=Sing|Tense=Pres|VerbForm=Fin regenen -1 root",
        ", PUNCT _ , 4 punct",
        "en CCONJ _ en 4 cc",
        "blijft VERB Number=Sing|Tense=Pres|VerbForm=Fin blijven 1 conj",
        "de DET _ de 6 det",
        "kat NOUN Number=Sing kat 4 nsubj",
        "binnen ADV _ binnen 4 advmod",
        ". PUNCT _ . 1 punct");
    c.apply(Map.of());
    assertEquals("conj", c.rels()[4]);
    // Hij zegt vindt … without a comma before the verb: left alone too.
    HandTree u = HandTree.of(
        "Het PRON _ het 1 nsubj",
        "kan VERB Number=Sing|Tense=Pres|VerbForm=Fin kunnen -1 root",
        "vindt VERB Number=Sing|Tense=Pres|VerbForm=Fin vinden 1 dep",
        "hij PRON Case=Nom hij 2 nsubj",
        ". PUNCT _ . 1 punct");
    u.apply(Map.of());
    assertEquals("dep", u.rels()[2]);
  }

  @Test
  void theMainClauseAfterAFrontedSubordinateClauseHeadsTheSentence() {
    // Toen het donker werd , gingen wij naar binnen . — the parser made "werd" the root.
    HandTree t = HandTree.of(
        "Toen SCONJ _ toen 3 mark",
        "het PRON _ het 3 nsubj",
        "donker ADJ Degree=Pos donker 3 xcomp",
        "werd VERB Number=Sing|Tense=Past|VerbForm=Fin worden -1 root",
        ", PUNCT _ , 5 punct",
        "gingen VERB Number=Plur|Tense=Past|VerbForm=Fin gaan 3 dep",
        "wij PRON Case=Nom|PronType=Prs wij 5 nsubj",
        "naar ADP _ naar 8 case",
        "binnen ADV _ binnen 3 obl",
        ". PUNCT _ . 3 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[5]);
    assertEquals("root", t.rels()[5]);
    assertEquals(5, t.heads()[3]);
    assertEquals("advcl", t.rels()[3]);
    assertEquals(5, t.heads()[8]);
    assertEquals(5, t.heads()[9]);
    assertEquals(3, t.heads()[4]);
    // a sentence that does not open with a complementiser keeps its root
    HandTree plain = HandTree.of(
        "Het PRON _ het 1 nsubj",
        "werd VERB Number=Sing|Tense=Past|VerbForm=Fin worden -1 root",
        "donker ADJ Degree=Pos donker 1 xcomp",
        ", PUNCT _ , 4 punct",
        "zei VERB Number=Sing|Tense=Past|VerbForm=Fin zeggen 1 parataxis",
        "hij PRON Case=Nom|PronType=Prs hij 4 nsubj");
    plain.apply(Map.of());
    assertEquals(-1, plain.heads()[1]);
    assertEquals(1, plain.heads()[4]);
  }

  @Test
  void aCopulasPredicateReadAsAFiniteVerbIsItsAdjective() {
    // omdat de bus laat was — "laat" tagged as a form of laten, with the copula on it
    HandTree t = HandTree.of(
        "omdat SCONJ _ omdat 3 mark",
        "de DET _ de 2 det",
        "bus NOUN Number=Sing bus 3 nsubj",
        "laat VERB Number=Sing|Tense=Pres|VerbForm=Fin laten -1 root",
        "was AUX Number=Sing|Tense=Past|VerbForm=Fin zijn 3 cop");
    t.words().set(3, UdTagger.Word.of("laat", List.of(new Reading("laten", "WKW:TGW:1EP"), new Reading("laat", "BNW:STL:ONV"))));
    t.apply(Map.of());
    assertEquals(UPos.ADJ, t.pos()[3]);
    assertEquals("laat", t.lemmas()[3]);
    assertEquals("Degree=Pos", t.feats()[3]);
    // without a copula on it the verb stays a verb: omdat hij de hond buiten laat
    HandTree verb = HandTree.of(
        "omdat SCONJ _ omdat 4 mark",
        "hij PRON Case=Nom|PronType=Prs hij 4 nsubj",
        "de DET _ de 3 det",
        "hond NOUN Number=Sing hond 4 obj",
        "laat VERB Number=Sing|Tense=Pres|VerbForm=Fin laten -1 root");
    verb.words().set(4, UdTagger.Word.of("laat", List.of(new Reading("laten", "WKW:TGW:3EP"), new Reading("laat", "BNW:STL:ONV"))));
    verb.apply(Map.of());
    assertEquals(UPos.VERB, verb.pos()[4]);
  }

  @Test
  void nothingHangsOnPunctuationAndAPrepositionalPhraseIsNoSubject() {
    // De mensen met wie ik sprak , lachten . — the parser hung "lachten" on the comma and made
    // "wie", which has its own preposition, a subject.
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "mensen NOUN Number=Plur mens 6 nsubj",
        "met ADP _ met 3 case",
        "wie PRON PronType=Rel wie 5 nsubj",
        "ik PRON Case=Nom|PronType=Prs ik 5 nsubj",
        "sprak VERB Number=Sing|Tense=Past|VerbForm=Fin spreken 1 acl:relcl",
        ", PUNCT _ , 7 punct",
        "lachten VERB Number=Plur|Tense=Past|VerbForm=Fin lachen 8 dep",
        ". PUNCT _ . -1 root");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[7]);
    assertEquals("root", t.rels()[7]);
    assertEquals(7, t.heads()[8]);
    assertEquals("obl", t.rels()[3]);
    assertEquals("nsubj", t.rels()[4]);
    // a complementiser the parser gave a clause's relation marks the clause after it:
    // Ik denk dat het werkt . with "dat" as advcl of "denk"
    HandTree mark = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 1 nsubj",
        "denk VERB Number=Sing|Tense=Pres|VerbForm=Fin denken -1 root",
        "dat SCONJ _ dat 1 advcl",
        "het PRON _ het 4 nsubj",
        "werkt VERB Number=Sing|Tense=Pres|VerbForm=Fin werken 1 ccomp",
        ". PUNCT _ . 1 punct");
    mark.apply(Map.of());
    assertEquals("mark", mark.rels()[2]);
    assertEquals(4, mark.heads()[2]);
  }

  @Test
  void anUninflectedAdjectiveBeforeAPluralNounModifiesTheVerb() {
    // om massaal brieven te sturen — "massaal" has no -e, so it is no attribute of "brieven"
    HandTree t = HandTree.of(
        "om ADP _ om 4 mark",
        "massaal ADJ Degree=Pos massaal 2 amod",
        "brieven NOUN Number=Plur brief 4 obj",
        "te ADP _ te 4 mark",
        "sturen VERB VerbForm=Inf sturen -1 root");
    t.words().set(2, UdTagger.Word.of("brieven", List.of(new Reading("brief", "ZNW:MRV:DE_"))));
    t.apply(Map.of());
    assertEquals(4, t.heads()[1]);
    assertEquals("advmod", t.rels()[1]);
    // grote brieven (inflected), houten stoelen (never inflects), meer brieven (a comparative) stay attributes
    for (String adjective : new String[] {"grote", "houten", "meer"}) {
      HandTree attr = HandTree.of(
          "om ADP _ om 4 mark",
          adjective + " ADJ Degree=Pos " + adjective + " 2 amod",
          "brieven NOUN Number=Plur brief 4 obj",
          "te ADP _ te 4 mark",
          "sturen VERB VerbForm=Inf sturen -1 root");
      attr.words().set(2, UdTagger.Word.of("brieven", List.of(new Reading("brief", "ZNW:MRV:DE_"))));
      attr.apply(Map.of());
      assertEquals(2, attr.heads()[1], adjective);
      assertEquals("amod", attr.rels()[1], adjective);
    }
  }

  @Test
  void aBareDayIsATimeWhenTheOpeningNounPhraseCanBeTheSubject() {
    // Twintig boeren brengen dinsdag koeien naar de markt . — the parser made the day the subject.
    HandTree t = HandTree.of(
        "Twintig NUM _ twintig 1 nummod",
        "boeren NOUN Number=Plur boer 2 obl",
        "brengen VERB Number=Plur|Tense=Pres|VerbForm=Fin brengen -1 root",
        "dinsdag PROPN Number=Sing dinsdag 2 nsubj",
        "koeien NOUN Number=Plur koe 2 obj",
        "naar ADP _ naar 7 case",
        "de DET _ de 7 det",
        "markt NOUN Number=Sing markt 2 obl",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[1]);
    assertEquals("obl", t.rels()[3]);
    assertEquals("obj", t.rels()[4]);
    assertEquals("obl", t.rels()[7]);
  }

  @Test
  void aDayPartAfterTheVerbGivesWayToTheNounPhraseAfterIt() {
    // Zaterdagavond opent de burgemeester het feest . — the subject after the verb, the day first.
    HandTree t = HandTree.of(
        "Zaterdagavond NOUN Number=Sing zaterdagavond 1 nsubj",
        "opent VERB Number=Sing|Tense=Pres|VerbForm=Fin openen -1 root",
        "de DET _ de 3 det",
        "burgemeester NOUN Number=Sing burgemeester 1 obj",
        "het DET _ het 5 det",
        "feest NOUN Number=Sing feest 1 obj",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[0]);
    assertEquals("nsubj", t.rels()[3]);
  }

  @Test
  void aDayStaysTheSubjectOfACopulaWithAnArticleOrWhereNothingAgrees() {
    // Zondag is een rustdag . — the copula's subject
    HandTree copula = HandTree.of(
        "Zondag PROPN Number=Sing zondag 2 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 2 cop",
        "rustdag NOUN Number=Sing rustdag -1 root",
        ". PUNCT _ . 2 punct");
    copula.apply(Map.of());
    assertEquals("nsubj", copula.rels()[0]);
    // De maandag brengt regen . — a day with its article
    HandTree article = HandTree.of(
        "De DET _ de 1 det",
        "maandag NOUN Number=Sing maandag 2 nsubj",
        "brengt VERB Number=Sing|Tense=Pres|VerbForm=Fin brengen -1 root",
        "regen NOUN Number=Sing regen 2 obj",
        ". PUNCT _ . 2 punct");
    article.apply(Map.of());
    assertEquals("nsubj", article.rels()[1]);
    assertEquals("obj", article.rels()[3]);
    // Maandag brengt stormen . — the plural object cannot be the singular verb's subject
    HandTree plural = HandTree.of(
        "Maandag PROPN Number=Sing maandag 1 nsubj",
        "brengt VERB Number=Sing|Tense=Pres|VerbForm=Fin brengen -1 root",
        "stormen NOUN Number=Plur storm 1 obj",
        ". PUNCT _ . 1 punct");
    plural.apply(Map.of());
    assertEquals("nsubj", plural.rels()[0]);
    assertEquals("obj", plural.rels()[2]);
  }

  @Test
  void aTimeNounPhraseTakenForAnObjectIsAnAdverbial() {
    // Wij huurden vorig jaar een boot . — "vorig jaar" the first of two objects
    HandTree t = HandTree.of(
        "Wij PRON Case=Nom|Person=1|PronType=Prs wij 1 nsubj",
        "huurden VERB Number=Plur|Tense=Past|VerbForm=Fin huren -1 root",
        "vorig ADJ Degree=Pos vorig 3 amod",
        "jaar NOUN Number=Sing jaar 1 obj",
        "een DET _ een 5 det",
        "boot NOUN Number=Sing boot 1 obj",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[3]);
    assertEquals("obj", t.rels()[5]);
    // Zij verloor een jaar . — a noun of time without a word making it a time when stays the object
    HandTree lost = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "verloor VERB Number=Sing|Tense=Past|VerbForm=Fin verliezen -1 root",
        "een DET _ een 3 det",
        "jaar NOUN Number=Sing jaar 1 obj",
        ". PUNCT _ . 1 punct");
    lost.apply(Map.of());
    assertEquals("obj", lost.rels()[3]);
  }

  @Test
  void aDayBesideAnotherObjectIsAnAdverbial() {
    // De raad keurde donderdagavond het plan goed . — the day and the plan both objects
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "raad NOUN Number=Sing raad 2 nsubj",
        "keurde VERB Number=Sing|Tense=Past|VerbForm=Fin goedkeuren -1 root",
        "donderdagavond NOUN Number=Sing donderdagavond 2 obj",
        "het DET _ het 5 det",
        "plan NOUN Number=Sing plan 2 obj",
        "goed ADJ Degree=Pos goed 2 compound:prt",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals("obl", t.rels()[3]);
    assertEquals("obj", t.rels()[5]);
    assertEquals("nsubj", t.rels()[1]);
  }

  @Test
  void ofTwoSubjectsEitherSideOfTheVerbTheOtherIsTheObject() {
    // De bakker verkoopt zaterdag vers brood . — both noun phrases nsubj: the first is the subject
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "bakker NOUN Number=Sing bakker 2 nsubj",
        "verkoopt VERB Number=Sing|Tense=Pres|VerbForm=Fin verkopen -1 root",
        "zaterdag PROPN Number=Sing zaterdag 2 obl",
        "vers ADJ Degree=Pos vers 5 amod",
        "brood NOUN Number=Sing brood 2 nsubj",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[1]);
    assertEquals("obj", t.rels()[5]);
    // Dit boek las ik gisteren . — the nominative pronoun after the verb is the subject
    HandTree fronted = HandTree.of(
        "Dit DET _ dit 1 det",
        "boek NOUN Number=Sing boek 2 nsubj",
        "las VERB Number=Sing|Tense=Past|VerbForm=Fin lezen -1 root",
        "ik PRON Case=Nom|Person=1|PronType=Prs ik 2 nsubj",
        "gisteren ADV _ gisteren 2 advmod",
        ". PUNCT _ . 2 punct");
    fronted.apply(Map.of());
    assertEquals("obj", fronted.rels()[1]);
    assertEquals("nsubj", fronted.rels()[3]);
    // Een prima plan vond mijn oom . — after a verb of thinking the object comes first
    HandTree thinking = HandTree.of(
        "Een DET _ een 2 det",
        "prima ADJ Degree=Pos prima 2 amod",
        "plan NOUN Number=Sing plan 3 nsubj",
        "vond VERB Number=Sing|Tense=Past|VerbForm=Fin vinden -1 root",
        "mijn PRON Poss=Yes mijn 5 nmod:poss",
        "oom NOUN Number=Sing oom 3 nsubj",
        ". PUNCT _ . 3 punct");
    thinking.apply(Map.of());
    assertEquals("obj", thinking.rels()[2]);
    assertEquals("nsubj", thinking.rels()[5]);
    // Zijn broer werd vorig jaar burgemeester . — worden takes a predicate: left alone
    HandTree predicate = HandTree.of(
        "Zijn PRON Poss=Yes zijn 1 nmod:poss",
        "broer NOUN Number=Sing broer 2 nsubj",
        "werd VERB Number=Sing|Tense=Past|VerbForm=Fin worden -1 root",
        "vorig ADJ Degree=Pos vorig 4 amod",
        "jaar NOUN Number=Sing jaar 2 obl",
        "burgemeester NOUN Number=Sing burgemeester 2 nsubj",
        ". PUNCT _ . 2 punct");
    predicate.apply(Map.of());
    assertEquals("nsubj", predicate.rels()[5]);
  }

  @Test
  void aListAfterTheSubjectIsTheSubjects() {
    // Gisteren kwamen de burgemeester, twee wethouders en een groep bewoners bijeen .
    // — the parser closed the subject at "burgemeester" and hung the rest of the list on the verb
    HandTree t = HandTree.of(
        "Gisteren ADV _ gisteren 1 advmod",
        "kwamen VERB Number=Plur|Tense=Past|VerbForm=Fin bijeenkomen -1 root",
        "de DET _ de 3 det",
        "burgemeester NOUN Number=Sing burgemeester 1 nsubj",
        ", PUNCT _ , 6 punct",
        "twee NUM _ twee 6 nummod",
        "wethouders NOUN Number=Plur wethouder 1 conj",
        "en CCONJ _ en 9 cc",
        "een DET _ een 9 det",
        "groep NOUN Number=Sing groep 1 obl",
        "bewoners NOUN Number=Plur bewoner 9 nmod",
        "bijeen ADV _ bijeen 1 compound:prt",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(3, t.heads()[6]);
    assertEquals("conj", t.rels()[6]);
    assertEquals(3, t.heads()[9]);
    assertEquals("conj", t.rels()[9]);
  }

  @Test
  void aNounAfterAnObjectOrAPrepositionalPhraseIsNoSubjectsConjunct() {
    // De boer verkocht appels, en peren bleven liggen . — the comma follows the object, not the subject
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "boer NOUN Number=Sing boer 2 nsubj",
        "verkocht VERB Number=Sing|Tense=Past|VerbForm=Fin verkopen -1 root",
        "appels NOUN Number=Plur appel 2 obj",
        ", PUNCT _ , 6 punct",
        "en CCONJ _ en 6 cc",
        "peren NOUN Number=Plur peer 2 obj",
        "bleven VERB Number=Plur|Tense=Past|VerbForm=Fin blijven 2 conj",
        "liggen VERB VerbForm=Inf liggen 7 xcomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(2, t.heads()[6]);
    assertEquals("obj", t.rels()[6]);
  }

  @Test
  void aPrepositionalPhraseAfterATimeIsTheVerbs() {
    // Het koor zong vorige week in de kerk . — the parser hung "in de kerk" on "week"
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "koor NOUN Number=Sing koor 2 nsubj",
        "zong VERB Number=Sing|Tense=Past|VerbForm=Fin zingen -1 root",
        "vorige ADJ Degree=Pos vorig 4 amod",
        "week NOUN Number=Sing week 2 obl",
        "in ADP _ in 7 case",
        "de DET _ de 7 det",
        "kerk NOUN Number=Sing kerk 4 nmod",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(2, t.heads()[7]);
    assertEquals("obl", t.rels()[7]);
    // de week van de vrede: van may be the time's own
    HandTree van = HandTree.of(
        "Zij PRON Case=Nom|Person=3|PronType=Prs zij 1 nsubj",
        "vierden VERB Number=Plur|Tense=Past|VerbForm=Fin vieren -1 root",
        "die DET _ die 3 det",
        "week NOUN Number=Sing week 1 obl",
        "van ADP _ van 6 case",
        "de DET _ de 6 det",
        "vrede NOUN Number=Sing vrede 3 nmod",
        ". PUNCT _ . 1 punct");
    van.apply(Map.of());
    assertEquals(3, van.heads()[6]);
  }

  @Test
  void theMainClausesAuxiliaryAfterARelativeClauseIsNotTheRelativeClauses() {
    // De vrouw die gisteren werd gekozen heeft het plan gesteund .
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "vrouw NOUN Number=Sing vrouw 9 nsubj",
        "die PRON PronType=Rel die 5 nsubj:pass",
        "gisteren ADV _ gisteren 5 advmod",
        "werd AUX Number=Sing|Tense=Past|VerbForm=Fin worden 5 aux:pass",
        "gekozen VERB VerbForm=Part kiezen 1 acl:relcl",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 5 aux",
        "het DET _ het 8 det",
        "plan NOUN Number=Sing plan 9 obj",
        "gesteund VERB VerbForm=Part steunen -1 root",
        ". PUNCT _ . 9 punct");
    t.apply(Map.of());
    assertEquals(9, t.heads()[6]);
    assertEquals("aux", t.rels()[6]);
    // a relative clause with one finite verb keeps it: De vrouw die het plan heeft gesteund vertrok .
    HandTree one = HandTree.of(
        "De DET _ de 1 det",
        "vrouw NOUN Number=Sing vrouw 7 nsubj",
        "die PRON PronType=Rel die 6 nsubj",
        "het DET _ het 4 det",
        "plan NOUN Number=Sing plan 6 obj",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 6 aux",
        "gesteund VERB VerbForm=Part steunen 1 acl:relcl",
        "vertrok VERB Number=Sing|Tense=Past|VerbForm=Fin vertrekken -1 root",
        ". PUNCT _ . 7 punct");
    one.apply(Map.of());
    assertEquals(6, one.heads()[5]);
  }

  @Test
  void aDayBeforeTheObjectsNounIsTheVerbs() {
    // De burgemeester zal vrijdag scholen bezoeken . — the parser hung the day on "scholen"
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "burgemeester NOUN Number=Sing burgemeester 5 nsubj",
        "zal AUX Number=Sing|Tense=Pres|VerbForm=Fin zullen 5 aux",
        "vrijdag PROPN Number=Sing vrijdag 4 nmod:poss",
        "scholen NOUN Number=Plur school 5 obj",
        "bezoeken VERB VerbForm=Inf bezoeken -1 root",
        ". PUNCT _ . 5 punct");
    t.apply(Map.of());
    assertEquals(5, t.heads()[3]);
    assertEquals("obl", t.rels()[3]);
    assertEquals("obj", t.rels()[4]);
  }

  @Test
  void theNounRightAfterTheVerbOfAMainClauseOpenedByAnAdverbIsItsSubject() {
    // Intussen heeft Gent vorige maand zijn begroting goedgekeurd . — "Gent" an obl, "begroting" the subject
    HandTree t = HandTree.of(
        "Intussen ADV _ intussen 7 advmod",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 7 aux",
        "Gent PROPN Number=Sing Gent 7 obl",
        "vorige ADJ Degree=Pos vorig 4 amod",
        "maand NOUN Number=Sing maand 7 obl",
        "zijn PRON Poss=Yes zijn 6 nmod:poss",
        "begroting NOUN Number=Sing begroting 7 nsubj",
        "goedgekeurd VERB VerbForm=Part goedkeuren -1 root",
        ". PUNCT _ . 7 punct");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[2]);
    assertEquals("obj", t.rels()[6]);
    assertEquals("obl", t.rels()[4]);
    // Gisteren heeft hem de dokter onderzocht . — a pronoun right after the verb is left alone
    HandTree pronoun = HandTree.of(
        "Gisteren ADV _ gisteren 4 advmod",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 4 aux",
        "hem PRON Case=Acc|Person=3|PronType=Prs hij 4 obj",
        "de DET _ de 3 det",
        "dokter NOUN Number=Sing dokter 4 nsubj",
        "onderzocht VERB VerbForm=Part onderzoeken -1 root",
        ". PUNCT _ . 4 punct");
    pronoun.apply(Map.of());
    assertEquals("obj", pronoun.rels()[2]);
    assertEquals("nsubj", pronoun.rels()[4]);
  }

  @Test
  void aComplementiserMarksTheCopulasPredicateBeforeATeInfinitive() {
    // Ik denk dat het een goed idee is om te wachten . — the parser hung "dat" on "wachten"; the
    // te-infinitive after the copula is no head of the dat-clause: its predicate "idee" is.
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 1 nsubj",
        "denk VERB Number=Sing|Tense=Pres|VerbForm=Fin denken -1 root",
        "dat SCONJ _ dat 10 mark",
        "het PRON PronType=Prs het 6 nsubj",
        "een DET _ een 6 det",
        "goed ADJ Degree=Pos goed 6 amod",
        "idee NOUN Number=Sing idee 1 ccomp",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 6 cop",
        "om ADP _ om 10 mark",
        "te ADP _ te 10 mark",
        "wachten VERB VerbForm=Inf wachten 6 acl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(6, t.heads()[2]);
    assertEquals("mark", t.rels()[2]);
    // dat zij om te winnen hard traint . — the te-infinitive before the finite verb: the verb heads
    HandTree before = HandTree.of(
        "dat SCONJ _ dat 4 mark",
        "zij PRON Case=Nom|PronType=Prs zij 6 nsubj",
        "om ADP _ om 4 mark",
        "te ADP _ te 4 mark",
        "winnen VERB VerbForm=Inf winnen 6 advcl",
        "hard ADJ Degree=Pos hard 6 advmod",
        "traint VERB Number=Sing|Tense=Pres|VerbForm=Fin trainen -1 root",
        ". PUNCT _ . 6 punct");
    before.apply(Map.of());
    assertEquals(6, before.heads()[0]);
  }

  @Test
  void teBeforeAnAdjectiveIsTheDegreeAdverb() {
    // Het water is veel te koud . — "te" is "too", modifying "koud", not an infinitive's mark
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "water NOUN Number=Sing water 5 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 5 cop",
        "veel ADV _ veel 5 advmod",
        "te ADP _ te 5 mark",
        "koud ADJ Degree=Pos koud -1 root",
        ". PUNCT _ . 5 punct");
    t.apply(Map.of());
    assertEquals(UPos.ADV, t.pos()[4]);
    assertEquals("advmod", t.rels()[4]);
    assertEquals(5, t.heads()[4]);
    // Zij hoopt te winnen . — before a verb te is the infinitive's
    HandTree verb = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "hoopt VERB Number=Sing|Tense=Pres|VerbForm=Fin hopen -1 root",
        "te ADP _ te 3 mark",
        "winnen VERB VerbForm=Inf winnen 1 xcomp",
        ". PUNCT _ . 1 punct");
    verb.apply(Map.of());
    assertEquals(UPos.ADP, verb.pos()[2]);
    assertEquals("mark", verb.rels()[2]);
    // om te leven : a word the tagger read as an adjective that the dictionary has as an infinitive
    HandTree live = HandTree.of(
        "om ADP _ om 2 mark",
        "te ADP _ te 2 mark",
        "leven ADJ Degree=Pos leven -1 root");
    live.words().set(2, UdTagger.Word.of("leven", List.of(new Reading("leven", "WKW:TGW:INF"))));
    live.apply(Map.of());
    assertEquals(UPos.ADP, live.pos()[1]);
    assertEquals("mark", live.rels()[1]);
  }

  @Test
  void anAuxiliaryAfterTeHangsOnItsParticipleOrPredicate() {
    // Het boek lijkt verkocht te zijn . — the parser made "zijn" the head; the participle heads
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "boek NOUN Number=Sing boek 2 nsubj",
        "lijkt VERB Number=Sing|Tense=Pres|VerbForm=Fin lijken -1 root",
        "verkocht VERB VerbForm=Part verkopen 5 dep",
        "te ADP _ te 5 mark",
        "zijn VERB VerbForm=Inf zijn 2 xcomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(2, t.heads()[3]);
    assertEquals("xcomp", t.rels()[3]);
    assertEquals(3, t.heads()[4]);
    assertEquals("mark", t.rels()[4]);
    assertEquals(3, t.heads()[5]);
    assertEquals("aux", t.rels()[5]);
    assertEquals(UPos.AUX, t.pos()[5]);
    // om gezien te worden : worden after a participle is the passive auxiliary
    HandTree passive = HandTree.of(
        "om ADP _ om 3 mark",
        "gezien VERB VerbForm=Part zien 3 xcomp",
        "te ADP _ te 3 mark",
        "worden VERB VerbForm=Inf worden -1 root");
    passive.apply(Map.of());
    assertEquals(-1, passive.heads()[1]);
    assertEquals(1, passive.heads()[0]);
    assertEquals("aux:pass", passive.rels()[3]);
    // Zij bleek een goede kok te zijn . — zijn is the copula of the noun before te
    HandTree copula = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "bleek VERB Number=Sing|Tense=Past|VerbForm=Fin blijken -1 root",
        "een DET _ een 4 det",
        "goede ADJ Degree=Pos goed 4 amod",
        "kok NOUN Number=Sing kok 1 obj",
        "te ADP _ te 1 mark",
        "zijn AUX VerbForm=Inf zijn 1 cop",
        ". PUNCT _ . 1 punct");
    copula.apply(Map.of());
    assertEquals("xcomp", copula.rels()[4]);
    assertEquals(4, copula.heads()[5]);
    assertEquals(4, copula.heads()[6]);
    assertEquals("cop", copula.rels()[6]);
    // Zij hoopt in Gent te zijn . — with a prepositional phrase zijn is the verb: left alone
    HandTree place = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "hoopt VERB Number=Sing|Tense=Pres|VerbForm=Fin hopen -1 root",
        "in ADP _ in 3 case",
        "Gent PROPN _ Gent 5 obl",
        "te ADP _ te 5 mark",
        "zijn VERB VerbForm=Inf zijn 1 xcomp",
        ". PUNCT _ . 1 punct");
    place.apply(Map.of());
    assertEquals(1, place.heads()[5]);
    assertEquals(5, place.heads()[4]);
    // De brief bleek te zijn vergeten . — a participle after the auxiliary heads: left to the parser
    HandTree after = HandTree.of(
        "De DET _ de 1 det",
        "brief NOUN Number=Sing brief 2 nsubj",
        "bleek VERB Number=Sing|Tense=Past|VerbForm=Fin blijken -1 root",
        "te ADP _ te 5 mark",
        "zijn AUX VerbForm=Inf zijn 5 aux",
        "vergeten VERB VerbForm=Part vergeten 2 xcomp",
        ". PUNCT _ . 2 punct");
    after.apply(Map.of());
    assertEquals(5, after.heads()[3]);
    assertEquals(5, after.heads()[4]);
    assertEquals("nsubj", after.rels()[1]);
  }

  @Test
  void aPrepositionStrandedAfterAnRPronounIsItsCase() {
    // Daar rekent hij op . — "op" is the case of "daar", though oprekenen were a verb
    HandTree t = HandTree.of(
        "Daar ADV _ daar 1 advmod",
        "rekent VERB Number=Sing|Tense=Pres|VerbForm=Fin rekenen -1 root",
        "hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "op ADP _ op 1 compound:prt",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of("oprekenen", "WKW:TGW:INF"));
    assertEquals(0, t.heads()[3]);
    assertEquals("case", t.rels()[3]);
    assertEquals("obl", t.rels()[0]);
    // Zij keek er naar op . — the first stranded preposition is er's, the second the particle
    HandTree two = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "keek VERB Number=Sing|Tense=Past|VerbForm=Fin kijken -1 root",
        "er ADV _ er 1 advmod",
        "naar ADP _ naar 1 compound:prt",
        "op ADP _ op 1 advmod",
        ". PUNCT _ . 1 punct");
    two.apply(Map.of("opkijken", "WKW:TGW:INF", "naarkijken", "WKW:TGW:INF"));
    assertEquals(2, two.heads()[3]);
    assertEquals("case", two.rels()[3]);
    assertEquals(1, two.heads()[4]);
    assertEquals("compound:prt", two.rels()[4]);
    // Er komt een storm aan . — existential er points at nothing: "aan" is the particle
    HandTree there = HandTree.of(
        "Er ADV _ er 1 advmod",
        "komt VERB Number=Sing|Tense=Pres|VerbForm=Fin komen -1 root",
        "een DET _ een 3 det",
        "storm NOUN Number=Sing storm 1 nsubj",
        "aan ADP _ aan 1 advmod",
        ". PUNCT _ . 1 punct");
    there.apply(Map.of("aankomen", "WKW:TGW:INF"));
    assertEquals(1, there.heads()[4]);
    assertEquals("compound:prt", there.rels()[4]);
    // Hij legt er het boek op de tafel . — a preposition before its own noun phrase is no stranded one
    HandTree own = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 1 nsubj",
        "legt VERB Number=Sing|Tense=Pres|VerbForm=Fin leggen -1 root",
        "er ADV _ er 1 advmod",
        "het DET _ het 4 det",
        "boek NOUN Number=Sing boek 1 obj",
        "op ADP _ op 7 case",
        "de DET _ de 7 det",
        "tafel NOUN Number=Sing tafel 1 obl",
        ". PUNCT _ . 1 punct");
    own.apply(Map.of());
    assertEquals(7, own.heads()[5]);
    assertEquals("advmod", own.rels()[2]);
  }

  @Test
  void aParticleAfterItsVerbMayStandBeforeAPrepositionalPhrase() {
    // Zij droeg bij aan het plan . — prepositions do not stack: "bij" is the particle of bijdragen
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "droeg VERB Number=Sing|Tense=Past|VerbForm=Fin dragen -1 root",
        "bij ADP _ bij 5 case",
        "aan ADP _ aan 5 case",
        "het DET _ het 5 det",
        "plan NOUN Number=Sing plan 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of("bijdragen", "WKW:TGW:INF"));
    assertEquals(1, t.heads()[2]);
    assertEquals("compound:prt", t.rels()[2]);
    // Het werd gezien door ten minste tien mensen . — "ten minste" opens a phrase of its own
    HandTree seen = HandTree.of(
        "Het PRON PronType=Prs het 2 nsubj:pass",
        "werd AUX Number=Sing|Tense=Past|VerbForm=Fin worden 2 aux:pass",
        "gezien VERB VerbForm=Part zien -1 root",
        "door ADP _ door 7 case",
        "ten ADP _ te 5 case",
        "minste ADJ Degree=Sup weinig 6 amod",
        "tien NUM _ tien 7 nummod",
        "mensen NOUN Number=Plur mens 2 obl",
        ". PUNCT _ . 2 punct");
    seen.apply(Map.of("doorzien", "WKW:TGW:INF"));
    assertEquals(7, seen.heads()[3]);
    assertEquals("case", seen.rels()[3]);
    // dat zij tot aan de grens liep . — before its verb the first preposition opens the phrase
    HandTree before = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "zij PRON Case=Nom|PronType=Prs zij 6 nsubj",
        "tot ADP _ tot 5 case",
        "aan ADP _ aan 5 case",
        "de DET _ de 5 det",
        "grens NOUN Number=Sing grens 6 obl",
        "liep VERB Number=Sing|Tense=Past|VerbForm=Fin lopen -1 root",
        ". PUNCT _ . 6 punct");
    before.apply(Map.of("aanlopen", "WKW:TGW:INF", "totlopen", "WKW:TGW:INF"));
    assertEquals(5, before.heads()[2]);
    assertEquals("case", before.rels()[2]);
  }

  @Test
  void alsBeforeAnArticleInsideAClauseMarksTheNoun() {
    // Hij werd gezien als een groot talent . — inside the clause "als" marks the noun phrase
    HandTree t = HandTree.of(
        "Hij PRON Case=Nom|PronType=Prs hij 2 nsubj:pass",
        "werd AUX Number=Sing|Tense=Past|VerbForm=Fin worden 2 aux:pass",
        "gezien VERB VerbForm=Part zien -1 root",
        "als SCONJ _ als 2 mark",
        "een DET _ een 6 det",
        "groot ADJ Degree=Pos groot 6 amod",
        "talent NOUN Number=Sing talent 2 obl",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(6, t.heads()[3]);
    // Zij belt als de gasten komen . — a clause of its own, ended by its verb
    HandTree clause = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "belt VERB Number=Sing|Tense=Pres|VerbForm=Fin bellen -1 root",
        "als SCONJ _ als 1 mark",
        "de DET _ de 4 det",
        "gasten NOUN Number=Plur gast 5 nsubj",
        "komen VERB Number=Plur|Tense=Pres|VerbForm=Fin komen 1 advcl",
        ". PUNCT _ . 1 punct");
    clause.apply(Map.of());
    assertEquals(5, clause.heads()[2]);
  }

  @Test
  void hetBeforeANounIsItsDeterminer() {
    // De buren vierden het afgelopen weekend feest . — "het" opens the noun phrase "het afgelopen weekend"
    HandTree t = HandTree.of(
        "De DET _ de 1 det",
        "buren NOUN Number=Plur buur 2 nsubj",
        "vierden VERB Number=Plur|Tense=Past|VerbForm=Fin vieren -1 root",
        "het PRON Person=3|PronType=Prs het 2 obj",
        "afgelopen VERB VerbForm=Part aflopen 5 amod",
        "weekend NOUN Number=Sing weekend 2 obl",
        "feest NOUN Number=Sing feest 2 obj",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(UPos.DET, t.pos()[3]);
    assertEquals(5, t.heads()[3]);
    assertEquals("det", t.rels()[3]);
    // Zij wonnen het drie wedstrijden later . — het takes no plural noun: a pronoun beside the phrase
    HandTree plural = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "wonnen VERB Number=Plur|Tense=Past|VerbForm=Fin winnen -1 root",
        "het PRON Person=3|PronType=Prs het 1 obj",
        "drie NUM _ drie 4 nummod",
        "wedstrijden NOUN Number=Plur wedstrijd 5 obl",
        "later ADJ Degree=Cmp laat 1 advmod",
        ". PUNCT _ . 1 punct");
    plural.apply(Map.of());
    assertEquals(UPos.PRON, plural.pos()[2]);
    assertEquals("obj", plural.rels()[2]);
    // Zij vindt het schrijven van brieven leuk . — an infinitive before van is a noun; "het" its determiner
    HandTree writing = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "vindt VERB Number=Sing|Tense=Pres|VerbForm=Fin vinden -1 root",
        "het PRON Person=3|PronType=Prs het 1 obj",
        "schrijven VERB VerbForm=Inf schrijven 1 xcomp",
        "van ADP _ van 5 case",
        "brieven NOUN Number=Plur brief 3 nmod",
        "leuk ADJ Degree=Pos leuk 1 xcomp",
        ". PUNCT _ . 1 punct");
    writing.apply(Map.of());
    assertEquals(UPos.DET, writing.pos()[2]);
    assertEquals(3, writing.heads()[2]);
    // Het klopt . — at the clause's start a word that is also a verb of the third person is that verb
    HandTree verbToo = HandTree.of(
        "Het PRON Person=3|PronType=Prs het 1 nsubj",
        "klopt NOUN Number=Sing klop -1 root",
        ". PUNCT _ . 1 punct");
    verbToo.words().set(1, UdTagger.Word.of("klopt", List.of(new Reading("kloppen", "WKW:TGW:3EP"))));
    verbToo.apply(Map.of());
    assertEquals(UPos.PRON, verbToo.pos()[0]);
    // Zij wil het schrijven . — before a clause-final infinitive "het" is its object
    HandTree object = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "wil VERB Number=Sing|Tense=Pres|VerbForm=Fin willen -1 root",
        "het PRON Person=3|PronType=Prs het 3 obj",
        "schrijven VERB VerbForm=Inf schrijven 1 xcomp",
        ". PUNCT _ . 1 punct");
    object.apply(Map.of());
    assertEquals(UPos.PRON, object.pos()[2]);
  }

  @Test
  void hetBesideACopulaAndAnAdjectiveStandsForTheClauseAfterThem() {
    // Het is zeker dat de trein komt . — the parser took "het" for the subject and the dat-clause
    // for a complement: "het" is the expletive, the clause the adjective's subject
    HandTree t = HandTree.of(
        "Het PRON Person=3|PronType=Prs het 2 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 2 cop",
        "zeker ADJ Degree=Pos zeker -1 root",
        "dat SCONJ _ dat 6 mark",
        "de DET _ de 5 det",
        "trein NOUN Number=Sing trein 6 nsubj",
        "komt VERB Number=Sing|Tense=Pres|VerbForm=Fin komen 2 ccomp",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals("expl", t.rels()[0]);
    assertEquals(2, t.heads()[6]);
    assertEquals("csubj", t.rels()[6]);
    assertEquals(-1, t.heads()[2]);
    // Het is lastig hier te parkeren . — the parser made the infinitive the head of all
    HandTree inf = HandTree.of(
        "Het PRON Person=3|PronType=Prs het 5 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 5 aux",
        "lastig ADJ Degree=Pos lastig 5 advmod",
        "hier ADV _ hier 5 advmod",
        "te ADP _ te 5 mark",
        "parkeren VERB VerbForm=Inf parkeren -1 root",
        ". PUNCT _ . 5 punct");
    inf.apply(Map.of());
    assertEquals(-1, inf.heads()[2]);
    assertEquals("root", inf.rels()[2]);
    assertEquals("expl", inf.rels()[0]);
    assertEquals(2, inf.heads()[1]);
    assertEquals("cop", inf.rels()[1]);
    assertEquals(2, inf.heads()[5]);
    assertEquals("csubj", inf.rels()[5]);
    assertEquals(2, inf.heads()[6]);
    // Het is een lastig boek dat ik lees . — a noun phrase predicate: the dat-clause may be relative
    HandTree noun = HandTree.of(
        "Het PRON Person=3|PronType=Prs het 4 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        "een DET _ een 4 det",
        "lastig ADJ Degree=Pos lastig 4 amod",
        "boek NOUN Number=Sing boek -1 root",
        "dat PRON PronType=Rel dat 7 obj",
        "ik PRON Case=Nom|PronType=Prs ik 7 nsubj",
        "lees VERB Number=Sing|Tense=Pres|VerbForm=Fin lezen 4 acl:relcl",
        ". PUNCT _ . 4 punct");
    noun.apply(Map.of());
    assertEquals("nsubj", noun.rels()[0]);
    assertEquals("acl:relcl", noun.rels()[7]);
  }

  @Test
  void datAfterANeuterNounWithNoSubjectInItsClauseIsTheRelativeSubject() {
    // Ik ken het dorp dat aan de rivier ligt . — no noun phrase of its own before "ligt": "dat" is its subject
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 1 nsubj",
        "ken VERB Number=Sing|Tense=Pres|VerbForm=Fin kennen -1 root",
        "het DET _ het 3 det",
        "dorp NOUN Number=Sing dorp 1 obj",
        "dat SCONJ _ dat 8 mark",
        "aan ADP _ aan 7 case",
        "de DET _ de 7 det",
        "rivier NOUN Number=Sing rivier 8 obl",
        "ligt VERB Number=Sing|Tense=Pres|VerbForm=Fin liggen 1 ccomp",
        ". PUNCT _ . 1 punct");
    t.words().set(3, UdTagger.Word.of("dorp", List.of(new Reading("dorp", "ZNW:EKV:HET"))));
    t.apply(Map.of());
    assertEquals(UPos.PRON, t.pos()[4]);
    assertEquals("nsubj", t.rels()[4]);
    assertEquals(3, t.heads()[8]);
    assertEquals("acl:relcl", t.rels()[8]);
    // het bericht dat de brug open gaat : the clause has its subject, dat is the complementiser
    HandTree complement = HandTree.of(
        "het DET _ het 1 det",
        "bericht NOUN Number=Sing bericht -1 root",
        "dat SCONJ _ dat 6 mark",
        "de DET _ de 4 det",
        "brug NOUN Number=Sing brug 6 nsubj",
        "open ADJ Degree=Pos open 6 compound:prt",
        "gaat VERB Number=Sing|Tense=Pres|VerbForm=Fin gaan 1 acl");
    complement.words().set(1, UdTagger.Word.of("bericht", List.of(new Reading("bericht", "ZNW:EKV:HET"))));
    complement.apply(Map.of());
    assertEquals(UPos.SCONJ, complement.pos()[2]);
    assertEquals("mark", complement.rels()[2]);
    // de kans dat het regent : after a common-gender noun dat is never relative (that takes die)
    HandTree common = HandTree.of(
        "de DET _ de 1 det",
        "kans NOUN Number=Sing kans -1 root",
        "dat SCONJ _ dat 4 mark",
        "morgen ADV _ morgen 4 advmod",
        "regent VERB Number=Sing|Tense=Pres|VerbForm=Fin regenen 1 acl");
    common.words().set(1, UdTagger.Word.of("kans", List.of(new Reading("kans", "ZNW:EKV:DE_"))));
    common.apply(Map.of());
    assertEquals(UPos.SCONJ, common.pos()[2]);
  }

  @Test
  void aCopulaBetweenTwoNounPhrasesTheParserLeftUnnamedHangsOnTheSecond() {
    // Koeien zijn de grootste dieren . — the parser hung both phrases on "zijn" as dep
    HandTree t = HandTree.of(
        "Koeien NOUN Number=Plur koe 1 dep",
        "zijn VERB Number=Plur|Tense=Pres|VerbForm=Fin zijn -1 root",
        "de DET _ de 4 det",
        "grootste ADJ Degree=Sup groot 4 amod",
        "dieren NOUN Number=Plur dier 1 dep",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[4]);
    assertEquals(4, t.heads()[1]);
    assertEquals("cop", t.rels()[1]);
    assertEquals(4, t.heads()[0]);
    assertEquals("nsubj", t.rels()[0]);
    // Er zijn veel koeien . — one noun phrase: existential, left alone
    HandTree there = HandTree.of(
        "Er ADV _ er 1 advmod",
        "zijn VERB Number=Plur|Tense=Pres|VerbForm=Fin zijn -1 root",
        "veel DET _ veel 3 det",
        "koeien NOUN Number=Plur koe 1 dep",
        ". PUNCT _ . 1 punct");
    there.apply(Map.of());
    assertEquals(-1, there.heads()[1]);
  }

  @Test
  void ofTwoSubjectsBeforeTheVerbTheFirstIsTheSubjectWhereNothingElseTells() {
    // dat de bakker het brood verkoopt — both singular, both taken for subjects: the first is it
    HandTree t = HandTree.of(
        "dat SCONJ _ dat 5 mark",
        "de DET _ de 2 det",
        "bakker NOUN Number=Sing bakker 5 nsubj",
        "het DET _ het 4 det",
        "brood NOUN Number=Sing brood 5 nsubj",
        "verkoopt VERB Number=Sing|Tense=Pres|VerbForm=Fin verkopen -1 root");
    t.apply(Map.of());
    assertEquals("nsubj", t.rels()[2]);
    assertEquals("obj", t.rels()[4]);
    // de boeken die hij schreef — a relative pronoun beside a nominative pronoun is the object
    HandTree relative = HandTree.of(
        "de DET _ de 1 det",
        "boeken NOUN Number=Plur boek -1 root",
        "die PRON PronType=Rel die 4 nsubj",
        "hij PRON Case=Nom|PronType=Prs hij 4 nsubj",
        "schreef VERB Number=Sing|Tense=Past|VerbForm=Fin schrijven 1 acl:relcl");
    relative.apply(Map.of());
    assertEquals("obj", relative.rels()[2]);
    assertEquals("nsubj", relative.rels()[3]);
    // dat de bakker de buren helpen — the plural verb agrees with the second: agreement decides
    HandTree agreeing = HandTree.of(
        "dat SCONJ _ dat 5 mark",
        "de DET _ de 2 det",
        "bakker NOUN Number=Sing bakker 5 nsubj",
        "de DET _ de 4 det",
        "buren NOUN Number=Plur buur 5 nsubj",
        "helpen VERB Number=Plur|Tense=Pres|VerbForm=Fin helpen -1 root");
    agreeing.apply(Map.of());
    assertEquals("obj", agreeing.rels()[2]);
    assertEquals("nsubj", agreeing.rels()[4]);
  }

  @Test
  void aConjunctionOpeningTheSentenceIsTheMarkOfItsHead() {
    // Maar zij bleef thuis . — no conjunct before "Maar": UD Dutch makes it the head's mark
    HandTree t = HandTree.of(
        "Maar CCONJ _ maar 1 cc",
        "zij PRON Case=Nom|PronType=Prs zij 2 nsubj",
        "bleef VERB Number=Sing|Tense=Past|VerbForm=Fin blijven -1 root",
        "thuis ADV _ thuis 2 advmod",
        ". PUNCT _ . 2 punct");
    t.apply(Map.of());
    assertEquals(2, t.heads()[0]);
    assertEquals("mark", t.rels()[0]);
    // Zij bleef thuis en hij ging . — a conjunction between two clauses stays their cc
    HandTree inside = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "bleef VERB Number=Sing|Tense=Past|VerbForm=Fin blijven -1 root",
        "thuis ADV _ thuis 1 advmod",
        "en CCONJ _ en 5 cc",
        "hij PRON Case=Nom|PronType=Prs hij 5 nsubj",
        "ging VERB Number=Sing|Tense=Past|VerbForm=Fin gaan 1 conj",
        ". PUNCT _ . 1 punct");
    inside.apply(Map.of());
    assertEquals("cc", inside.rels()[3]);
    assertEquals(5, inside.heads()[3]);
  }

  @Test
  void alsMarksANumberBeforeVanAPronounWithoutAVerbOrAnAdjectiveBeforeAPreposition() {
    // Zij geldt als één van de besten . — "één" heads the phrase
    HandTree one = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "geldt VERB Number=Sing|Tense=Pres|VerbForm=Fin gelden -1 root",
        "als SCONJ _ als 1 mark",
        "één NUM _ één 1 obl",
        "van ADP _ van 6 case",
        "de DET _ de 6 det",
        "besten ADJ Degree=Sup goed 3 nmod",
        ". PUNCT _ . 1 punct");
    one.apply(Map.of());
    assertEquals(3, one.heads()[2]);
    // Zij zingt net als ik . — a comparison with a pronoun, no clause
    HandTree me = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "zingt VERB Number=Sing|Tense=Pres|VerbForm=Fin zingen -1 root",
        "net ADV _ net 3 advmod",
        "als SCONJ _ als 1 mark",
        "ik PRON Case=Nom|PronType=Prs ik 1 obl",
        ". PUNCT _ . 1 punct");
    me.apply(Map.of());
    assertEquals(4, me.heads()[3]);
    // Zij belt als ik kom . — the pronoun is the subject of a clause of its own: its verb heads
    HandTree clause = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "belt VERB Number=Sing|Tense=Pres|VerbForm=Fin bellen -1 root",
        "als SCONJ _ als 4 mark",
        "ik PRON Case=Nom|PronType=Prs ik 4 nsubj",
        "kom VERB Number=Sing|Tense=Pres|VerbForm=Fin komen 1 advcl",
        ". PUNCT _ . 1 punct");
    clause.apply(Map.of());
    assertEquals(4, clause.heads()[2]);
    // Zij eindigde als derde in de race . — the adjective stands for a noun
    HandTree second = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "eindigde VERB Number=Sing|Tense=Past|VerbForm=Fin eindigen -1 root",
        "als SCONJ _ als 1 mark",
        "derde ADJ _ derde 1 advmod",
        "in ADP _ in 6 case",
        "de DET _ de 6 det",
        "race NOUN Number=Sing race 1 obl",
        ". PUNCT _ . 1 punct");
    second.apply(Map.of());
    assertEquals(3, second.heads()[2]);
  }

  @Test
  void aComplementiserMarksThePredicateBeforeTheClausesFinalCopula() {
    // Ik weet dat het werk zwaar is . — the parser hung "dat" on "weet"'s clause; the predicate heads
    HandTree t = HandTree.of(
        "Ik PRON Case=Nom|PronType=Prs ik 1 nsubj",
        "weet VERB Number=Sing|Tense=Pres|VerbForm=Fin weten -1 root",
        "dat SCONJ _ dat 1 mark",
        "het DET _ het 4 det",
        "werk NOUN Number=Sing werk 5 nsubj",
        "zwaar ADJ Degree=Pos zwaar 1 ccomp",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 5 cop",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    assertEquals(5, t.heads()[2]);
    // dat zij de beste kandidaat zou kunnen zijn — past the modals to the noun
    HandTree modal = HandTree.of(
        "dat SCONJ _ dat 6 mark",
        "zij PRON Case=Nom|PronType=Prs zij 6 nsubj",
        "de DET _ de 4 det",
        "beste ADJ Degree=Sup goed 4 amod",
        "kandidaat NOUN Number=Sing kandidaat 6 obj",
        "zou AUX Number=Sing|Tense=Past|VerbForm=Fin zullen 6 aux",
        "kunnen AUX VerbForm=Inf kunnen -1 root",
        "zijn AUX VerbForm=Inf zijn 6 cop");
    modal.apply(Map.of());
    assertEquals(4, modal.heads()[0]);
    assertEquals(-1, modal.heads()[4]); // the predicate takes the clause's place, the verbs hang on it
    assertEquals(4, modal.heads()[6]);
    assertEquals("aux", modal.rels()[6]);
    assertEquals(4, modal.heads()[7]);
    assertEquals("cop", modal.rels()[7]);
    assertEquals(4, modal.heads()[1]);
    // dat het huis verkocht is — a participle in the cluster: zijn is its auxiliary
    HandTree participle = HandTree.of(
        "dat SCONJ _ dat 3 mark",
        "het DET _ het 2 det",
        "huis NOUN Number=Sing huis 3 nsubj:pass",
        "verkocht VERB VerbForm=Part verkopen -1 root",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 aux");
    participle.apply(Map.of());
    assertEquals(3, participle.heads()[0]);
    // dat hij van plan is — a noun after a preposition is part of the phrase, not the predicate
    HandTree fixed = HandTree.of(
        "dat SCONJ _ dat 4 mark",
        "hij PRON Case=Nom|PronType=Prs hij 4 nsubj",
        "van ADP _ van 3 case",
        "plan NOUN Number=Sing plan 4 obl",
        "is VERB Number=Sing|Tense=Pres|VerbForm=Fin zijn -1 root");
    fixed.apply(Map.of());
    assertEquals(4, fixed.heads()[0]);
  }

  @Test
  void aPrepositionBeforeANounPhraseIsItsCaseNotAParticle() {
    // Het werk werd met eigen geld betaald . — the parser took "met" for betalen's particle
    HandTree t = HandTree.of(
        "Het DET _ het 1 det",
        "werk NOUN Number=Sing werk 6 nsubj:pass",
        "werd AUX Number=Sing|Tense=Past|VerbForm=Fin worden 6 aux:pass",
        "met ADP _ met 6 compound:prt",
        "eigen ADJ Degree=Pos eigen 5 amod",
        "geld NOUN Number=Sing geld 3 fixed",
        "betaald VERB VerbForm=Part betalen -1 root",
        ". PUNCT _ . 6 punct");
    t.apply(Map.of());
    assertEquals(5, t.heads()[3]);
    assertEquals("case", t.rels()[3]);
    assertEquals(6, t.heads()[5]);
    assertEquals("obl", t.rels()[5]);
    // Het heeft bij ons gewerkt . — "ons" before no noun is the personal pronoun the preposition takes
    HandTree us = HandTree.of(
        "Het PRON PronType=Prs het 4 nsubj",
        "heeft AUX Number=Sing|Tense=Pres|VerbForm=Fin hebben 4 aux",
        "bij ADP _ bij 4 compound:prt",
        "ons PRON Person=1|Poss=Yes|PronType=Prs ons 4 obj",
        "gewerkt VERB VerbForm=Part werken -1 root",
        ". PUNCT _ . 4 punct");
    us.apply(Map.of());
    assertEquals(3, us.heads()[2]);
    assertEquals("case", us.rels()[2]);
    // Zij kwamen om het leven . — a fixed expression keeps its preposition as the verb's particle
    HandTree idiom = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "kwamen VERB Number=Plur|Tense=Past|VerbForm=Fin komen -1 root",
        "om ADP _ om 4 case",
        "het DET _ het 4 det",
        "leven NOUN Number=Sing leven 1 obl",
        ". PUNCT _ . 1 punct");
    idiom.apply(Map.of());
    assertEquals("compound:prt", idiom.rels()[2]);
    assertEquals(1, idiom.heads()[2]);
  }

  @Test
  void aPrepositionBeforeAParticipleAndItsNounIsNoParticle() {
    // Zij werken in verspreide groepen . — "in" heads no particle of werken (inwerken) before "verspreide groepen"
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "werken VERB Number=Plur|Tense=Pres|VerbForm=Fin werken -1 root",
        "in ADP _ in 4 case",
        "verspreide VERB VerbForm=Part verspreiden 4 amod",
        "groepen NOUN Number=Plur groep 1 obl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of("inwerken", "WKW:TGW:INF"));
    assertEquals(4, t.heads()[2]);
    assertEquals("case", t.rels()[2]);
  }

  @Test
  void aNounThatAModalTakesAsItsObjectIsItsInfinitive() {
    // Zij mocht elke week strips tekenen . — "tekenen" read as a plural noun, the modal's object
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "mocht AUX Number=Sing|Tense=Past|VerbForm=Fin mogen -1 root",
        "elke DET _ elk 3 det",
        "week NOUN Number=Sing week 1 obl",
        "strips NOUN Number=Plur strip 1 obj",
        "tekenen NOUN Number=Plur tekening 1 obj",
        ". PUNCT _ . 1 punct");
    t.words().set(5, UdTagger.Word.of("tekenen", List.of(new Reading("teken", "ZNW:MRV:HET"),
        new Reading("tekenen", "WKW:TGW:INF"))));
    t.apply(Map.of());
    assertEquals(UPos.VERB, t.pos()[5]);
    assertEquals(-1, t.heads()[5]);
    assertEquals(5, t.heads()[1]);
    assertEquals("aux", t.rels()[1]);
    // Zij mocht de tekeningen houden . — a noun with its article, and the modal has its infinitive
    HandTree noun = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 1 nsubj",
        "mocht AUX Number=Sing|Tense=Past|VerbForm=Fin mogen -1 root",
        "de DET _ de 3 det",
        "tekeningen NOUN Number=Plur tekening 1 obj",
        "houden VERB VerbForm=Inf houden 1 xcomp",
        ". PUNCT _ . 1 punct");
    noun.apply(Map.of());
    assertEquals(UPos.NOUN, noun.pos()[3]);
    assertEquals(4, noun.heads()[3]);
  }

  @Test
  void wordenWithAPredicateHeadsItsClause() {
    // Zij zou een goede arts worden . — the parser made "worden" the copula of "arts"
    HandTree t = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 4 nsubj",
        "zou AUX Number=Sing|Tense=Past|VerbForm=Fin zullen 4 cop",
        "een DET _ een 4 det",
        "goede ADJ Degree=Pos goed 4 amod",
        "arts NOUN Number=Sing arts -1 root",
        "worden VERB VerbForm=Inf worden 4 cop",
        ". PUNCT _ . 4 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[5]);
    assertEquals(5, t.heads()[4]);
    assertEquals("xcomp", t.rels()[4]);
    assertEquals(5, t.heads()[0]);
    assertEquals(5, t.heads()[1]);
    assertEquals("aux", t.rels()[1]);
    assertEquals(5, t.heads()[6]);
    // Zij zou snel beter gemaakt worden . — with a participle worden is the passive auxiliary
    HandTree passive = HandTree.of(
        "Zij PRON Case=Nom|PronType=Prs zij 3 nsubj",
        "zou AUX Number=Sing|Tense=Past|VerbForm=Fin zullen 3 aux",
        "snel ADJ Degree=Pos snel 3 advmod",
        "beter ADJ Degree=Cmp goed -1 root",
        "gemaakt VERB VerbForm=Part maken 3 xcomp",
        "worden VERB VerbForm=Inf worden 3 cop",
        ". PUNCT _ . 3 punct");
    passive.apply(Map.of());
    assertEquals(3, passive.heads()[5]);
  }

  @Test
  void existentialZijnBeforeANounPhraseHeadsItsClause() {
    // Er zijn veel vragen over het plan . — the parser made zijn the copula of "vragen".
    HandTree t = HandTree.of(
        "Er ADV _ er 3 expl",
        "zijn AUX Number=Plur|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "veel PRON _ veel 3 det",
        "vragen NOUN Number=Plur vraag -1 root",
        "over ADP _ over 6 case",
        "het DET _ het 6 det",
        "plan NOUN Number=Sing plan 3 nmod",
        ". PUNCT _ . 3 punct");
    t.apply(Map.of());
    // zijn is the root and a verb; the noun phrase (with its own modifiers) is its subject.
    assertEquals(-1, t.heads()[1]);
    assertEquals("root", t.rels()[1]);
    assertEquals(UPos.VERB, t.pos()[1]);
    assertEquals(1, t.heads()[3]);
    assertEquals("nsubj", t.rels()[3]);
    assertEquals(1, t.heads()[0]);
    assertEquals("advmod", t.rels()[0]);
    assertEquals(3, t.heads()[6]);
    assertEquals(1, t.heads()[7]);
  }

  @Test
  void existentialZijnIsNoAuxiliaryOfAParticipleInARelativeClause() {
    // Toch zijn er leerlingen die het boek gelezen hebben . — the parser hung zijn on "gelezen".
    HandTree t = HandTree.of(
        "Toch ADV _ toch 7 advmod",
        "zijn AUX Number=Plur|Tense=Pres|VerbForm=Fin zijn 7 aux",
        "er ADV _ er 7 expl",
        "leerlingen NOUN Number=Plur leerling 7 nsubj",
        "die PRON PronType=Rel die 7 nsubj",
        "het DET _ het 6 det",
        "boek NOUN Number=Sing boek 7 obj",
        "gelezen VERB VerbForm=Part lezen -1 root",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 7 aux",
        ". PUNCT _ . 7 punct");
    t.apply(Map.of());
    assertEquals(-1, t.heads()[1]);
    assertEquals(UPos.VERB, t.pos()[1]);
    assertEquals(1, t.heads()[0]);
    assertEquals(1, t.heads()[2]);
    assertEquals(1, t.heads()[3]);
    assertEquals("nsubj", t.rels()[3]);
    // the relative clause hangs on the noun it follows and keeps its own words
    assertEquals(3, t.heads()[7]);
    assertEquals("acl:relcl", t.rels()[7]);
    assertEquals(7, t.heads()[4]);
    assertEquals(7, t.heads()[6]);
    assertEquals(7, t.heads()[8]);
    assertEquals(1, t.heads()[9]);
  }

  @Test
  void zijnWithAParticipleOfItsOwnClauseOrAnAdjectiveStaysAuxiliary() {
    // Er is een schuur gebouwd . — a passive: zijn stays the participle's auxiliary.
    HandTree passive = HandTree.of(
        "Er ADV _ er 4 expl",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 aux:pass",
        "een DET _ een 3 det",
        "schuur NOUN Number=Sing schuur 4 nsubj:pass",
        "gebouwd VERB VerbForm=Part bouwen -1 root",
        ". PUNCT _ . 4 punct");
    passive.apply(Map.of());
    assertEquals(4, passive.heads()[1]);
    assertEquals("aux:pass", passive.rels()[1]);
    assertEquals(UPos.AUX, passive.pos()[1]);
    assertEquals(-1, passive.heads()[4]);
    // Er is niemand ziek . — an adjectival predicate keeps zijn as its copula.
    HandTree ill = HandTree.of(
        "Er ADV _ er 3 expl",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 3 cop",
        "niemand PRON _ niemand 3 nsubj",
        "ziek ADJ Degree=Pos ziek -1 root",
        ". PUNCT _ . 3 punct");
    ill.apply(Map.of());
    assertEquals(3, ill.heads()[1]);
    assertEquals("cop", ill.rels()[1]);
    assertEquals(UPos.AUX, ill.pos()[1]);
    // Zij is een goede kokkin . — no er: an ordinary nominal predicate.
    HandTree cook = HandTree.of(
        "Zij PRON Case=Nom zij 4 nsubj",
        "is AUX Number=Sing|Tense=Pres|VerbForm=Fin zijn 4 cop",
        "een DET _ een 4 det",
        "goede ADJ Degree=Pos goed 4 amod",
        "kokkin NOUN Number=Sing kokkin -1 root",
        ". PUNCT _ . 4 punct");
    cook.apply(Map.of());
    assertEquals(4, cook.heads()[1]);
    assertEquals("cop", cook.rels()[1]);
    assertEquals(-1, cook.heads()[4]);
  }

  @Test
  void aParticipleTheParserCalledASecondClauseIsTheAuxiliarysMainVerb() {
    // Gisteren heeft de storm het dak vernield . — the parser made "vernield" an advcl of "heeft".
    HandTree t = HandTree.of(
        "Gisteren ADV _ gisteren 1 advmod",
        "heeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hebben -1 root",
        "de DET _ de 3 det",
        "storm NOUN Number=Sing storm 1 nsubj",
        "het DET _ het 5 det",
        "dak NOUN Number=Sing dak 1 obj",
        "vernield VERB VerbForm=Part vernielen 1 advcl",
        ". PUNCT _ . 1 punct");
    t.apply(Map.of());
    // the participle heads the clause; heeft and every phrase of the clause hang on it
    assertEquals(-1, t.heads()[6]);
    assertEquals("root", t.rels()[6]);
    assertEquals(6, t.heads()[1]);
    assertEquals("aux", t.rels()[1]);
    assertEquals(UPos.AUX, t.pos()[1]);
    assertEquals(6, t.heads()[0]);
    assertEquals(6, t.heads()[3]);
    assertEquals("nsubj", t.rels()[3]);
    assertEquals(6, t.heads()[5]);
    assertEquals(6, t.heads()[7]);
  }

  @Test
  void aParticipleAfterACommaOrAConjunctionIsAClauseOfItsOwn() {
    // Zij heeft een boot , gekocht in Delft . — the participle is an aside: heeft stays the verb.
    HandTree aside = HandTree.of(
        "Zij PRON Case=Nom zij 1 nsubj",
        "heeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hebben -1 root",
        "een DET _ een 3 det",
        "boot NOUN Number=Sing boot 1 obj",
        ", PUNCT _ , 5 punct",
        "gekocht VERB VerbForm=Part kopen 1 advcl",
        "in ADP _ in 7 case",
        "Delft PROPN _ Delft 5 obl",
        ". PUNCT _ . 1 punct");
    aside.apply(Map.of());
    assertEquals(-1, aside.heads()[1]);
    assertEquals(UPos.VERB, aside.pos()[1]);
    assertEquals(1, aside.heads()[5]);
    // Hij heeft een fiets en wij hebben gewacht . — hebben ... gewacht is the second clause.
    HandTree two = HandTree.of(
        "Hij PRON Case=Nom hij 1 nsubj",
        "heeft VERB Number=Sing|Tense=Pres|VerbForm=Fin hebben -1 root",
        "een DET _ een 3 det",
        "fiets NOUN Number=Sing fiets 1 obj",
        "en CCONJ _ en 7 cc",
        "wij PRON Case=Nom wij 7 nsubj",
        "hebben AUX Number=Plur|Tense=Pres|VerbForm=Fin hebben 7 aux",
        "gewacht VERB VerbForm=Part wachten 1 conj",
        ". PUNCT _ . 1 punct");
    two.apply(Map.of());
    assertEquals(-1, two.heads()[1]);
    assertEquals(UPos.VERB, two.pos()[1]);
    assertEquals(1, two.heads()[7]);
    assertEquals("conj", two.rels()[7]);
  }
}
