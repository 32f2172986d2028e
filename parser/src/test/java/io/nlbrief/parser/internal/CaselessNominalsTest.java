package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Noun phrases without a preposition that the parser hung on a prepositional phrase's noun. */
class CaselessNominalsTest {
  private static HandTree caseless(HandTree t) {
    CaselessNominals.apply(t.words(), t.pos(), t.lemmas(), t.heads(), t.rels());
    return t;
  }

  @Test
  void aDefiniteNounPhraseAfterAPrepositionalPhraseIsTheObject() {
    // Wij lezen in een volle trein de krant .
    HandTree t = caseless(HandTree.of(
        "Wij PRON _ wij 1 nsubj",
        "lezen VERB _ lezen -1 root",
        "in ADP _ in 5 case",
        "een DET _ een 5 det",
        "volle ADJ _ vol 5 amod",
        "trein NOUN _ trein 1 obl",
        "de DET _ de 7 det",
        "krant NOUN _ krant 5 nmod",
        ". PUNCT _ . 1 punct"));
    assertEquals(1, t.heads()[7]);
    assertEquals("obj", t.rels()[7]);
    assertEquals("obl", t.rels()[5]);
  }

  @Test
  void aCountedNounPhraseBeforeTheParticipleIsItsObject() {
    // Zij hebben in totaal veertig boeken verkocht .
    HandTree t = caseless(HandTree.of(
        "Zij PRON _ zij 6 nsubj",
        "hebben AUX _ hebben 6 aux",
        "in ADP _ in 3 case",
        "totaal NOUN _ totaal 6 obl",
        "veertig NUM _ veertig 5 nummod",
        "boeken NOUN _ boek 3 nmod",
        "verkocht VERB _ verkopen -1 root",
        ". PUNCT _ . 6 punct"));
    assertEquals(6, t.heads()[5]);
    assertEquals("obj", t.rels()[5]);
  }

  @Test
  void anOldGenitiveAMeasureAndATimeStayModifiers() {
    // Zij woont in het huis der familie . — der: the genitive, a modifier of huis
    HandTree genitive = caseless(HandTree.of(
        "Zij PRON _ zij 1 nsubj",
        "woont VERB _ wonen -1 root",
        "in ADP _ in 4 case",
        "het DET _ het 4 det",
        "huis NOUN _ huis 1 obl",
        "der DET _ de 6 det",
        "familie NOUN _ familie 4 nmod",
        ". PUNCT _ . 1 punct"));
    assertEquals(4, genitive.heads()[6]);
    assertEquals("nmod", genitive.rels()[6]);
    // Hij betaalde met een aantal vrienden rekeningen . — no determiner: a measure, left alone
    HandTree measure = caseless(HandTree.of(
        "Hij PRON _ hij 1 nsubj",
        "betaalde VERB _ betalen -1 root",
        "met ADP _ met 4 case",
        "een DET _ een 4 det",
        "aantal NOUN _ aantal 1 obl",
        "vrienden NOUN _ vriend 4 nmod",
        ". PUNCT _ . 1 punct"));
    assertEquals("nmod", measure.rels()[5]);
    // Ze werkt in de zomer elke dag . — a time, not an object
    HandTree time = caseless(HandTree.of(
        "Ze PRON _ ze 1 nsubj",
        "werkt VERB _ werken -1 root",
        "in ADP _ in 4 case",
        "de DET _ de 4 det",
        "zomer NOUN _ zomer 1 obl",
        "elke DET _ elk 6 det",
        "dag NOUN _ dag 4 nmod",
        ". PUNCT _ . 1 punct"));
    assertEquals("nmod", time.rels()[6]);
  }

  @Test
  void aVerbWithAnObjectOrACopulaTakesNoSecondObject() {
    // Hij gaf het boek in de klas de leraar . — the verb has its object already
    HandTree object = caseless(HandTree.of(
        "Hij PRON _ hij 1 nsubj",
        "gaf VERB _ geven -1 root",
        "het DET _ het 3 det",
        "boek NOUN _ boek 1 obj",
        "in ADP _ in 6 case",
        "de DET _ de 6 det",
        "klas NOUN _ klas 1 obl",
        "de DET _ de 8 det",
        "leraar NOUN _ leraar 6 nmod",
        ". PUNCT _ . 1 punct"));
    assertEquals("nmod", object.rels()[8]);
    assertEquals(6, object.heads()[8]);
  }

  @Test
  void onderMeerIsAnAdverbialNotThePrepositionOfThePhraseAfterIt() {
    // Ze bezochten onder andere Gent .
    HandTree t = caseless(HandTree.of(
        "Ze PRON _ ze 1 nsubj",
        "bezochten VERB _ bezoeken -1 root",
        "onder ADP _ onder 4 case",
        "andere ADJ _ ander 4 amod",
        "Gent PROPN _ Gent 1 obl",
        ". PUNCT _ . 1 punct"));
    assertEquals("nmod", t.rels()[2]);
    assertEquals(2, t.heads()[3]);
    assertEquals("fixed", t.rels()[3]);
    assertEquals("obj", t.rels()[4]);
    // Ze zaten onder de brug . — onder as a preposition stays the case
    HandTree bridge = caseless(HandTree.of(
        "Ze PRON _ ze 1 nsubj",
        "zaten VERB _ zitten -1 root",
        "onder ADP _ onder 4 case",
        "de DET _ de 4 det",
        "brug NOUN _ brug 1 obl",
        ". PUNCT _ . 1 punct"));
    assertEquals("case", bridge.rels()[2]);
    assertEquals("obl", bridge.rels()[4]);
  }
}
