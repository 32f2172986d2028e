package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.UPos;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Noun phrases without a preposition that the parser hung on a prepositional phrase's noun. */
class CaselessNominalsTest {
  private record Tree(List<UdTagger.Word> words, UPos[] pos, String[] lemmas, int[] heads, String[] rels) {
    /** Rows of "form UPOS lemma head relation", heads 0-based (-1 for the root). */
    static Tree of(String... rows) {
      int n = rows.length;
      List<UdTagger.Word> words = new ArrayList<>();
      UPos[] pos = new UPos[n];
      String[] lemmas = new String[n];
      int[] heads = new int[n];
      String[] rels = new String[n];
      for (int i = 0; i < n; i++) {
        String[] c = rows[i].split(" ");
        words.add(UdTagger.Word.of(c[0], List.of()));
        pos[i] = UPos.valueOf(c[1]);
        lemmas[i] = c[2];
        heads[i] = Integer.parseInt(c[3]);
        rels[i] = c[4];
      }
      return new Tree(words, pos, lemmas, heads, rels);
    }

    Tree apply() {
      CaselessNominals.apply(words, pos, lemmas, heads, rels);
      return this;
    }
  }

  @Test
  void aDefiniteNounPhraseAfterAPrepositionalPhraseIsTheObject() {
    // Wij lezen in een volle trein de krant .
    Tree t = Tree.of(
        "Wij PRON wij 1 nsubj",
        "lezen VERB lezen -1 root",
        "in ADP in 5 case",
        "een DET een 5 det",
        "volle ADJ vol 5 amod",
        "trein NOUN trein 1 obl",
        "de DET de 7 det",
        "krant NOUN krant 5 nmod",
        ". PUNCT . 1 punct").apply();
    assertEquals(1, t.heads()[7]);
    assertEquals("obj", t.rels()[7]);
    assertEquals("obl", t.rels()[5]);
  }

  @Test
  void aCountedNounPhraseBeforeTheParticipleIsItsObject() {
    // Zij hebben in totaal veertig boeken verkocht .
    Tree t = Tree.of(
        "Zij PRON zij 6 nsubj",
        "hebben AUX hebben 6 aux",
        "in ADP in 3 case",
        "totaal NOUN totaal 6 obl",
        "veertig NUM veertig 5 nummod",
        "boeken NOUN boek 3 nmod",
        "verkocht VERB verkopen -1 root",
        ". PUNCT . 6 punct").apply();
    assertEquals(6, t.heads()[5]);
    assertEquals("obj", t.rels()[5]);
  }

  @Test
  void anOldGenitiveAMeasureAndATimeStayModifiers() {
    // Zij woont in het huis der familie . — der: the genitive, a modifier of huis
    Tree genitive = Tree.of(
        "Zij PRON zij 1 nsubj",
        "woont VERB wonen -1 root",
        "in ADP in 4 case",
        "het DET het 4 det",
        "huis NOUN huis 1 obl",
        "der DET de 6 det",
        "familie NOUN familie 4 nmod",
        ". PUNCT . 1 punct").apply();
    assertEquals(4, genitive.heads()[6]);
    assertEquals("nmod", genitive.rels()[6]);
    // Hij betaalde met een aantal vrienden rekeningen . — no determiner: a measure, left alone
    Tree measure = Tree.of(
        "Hij PRON hij 1 nsubj",
        "betaalde VERB betalen -1 root",
        "met ADP met 4 case",
        "een DET een 4 det",
        "aantal NOUN aantal 1 obl",
        "vrienden NOUN vriend 4 nmod",
        ". PUNCT . 1 punct").apply();
    assertEquals("nmod", measure.rels()[5]);
    // Ze werkt in de zomer elke dag . — a time, not an object
    Tree time = Tree.of(
        "Ze PRON ze 1 nsubj",
        "werkt VERB werken -1 root",
        "in ADP in 4 case",
        "de DET de 4 det",
        "zomer NOUN zomer 1 obl",
        "elke DET elk 6 det",
        "dag NOUN dag 4 nmod",
        ". PUNCT . 1 punct").apply();
    assertEquals("nmod", time.rels()[6]);
  }

  @Test
  void aVerbWithAnObjectOrACopulaTakesNoSecondObject() {
    // Hij gaf het boek in de klas de leraar . — the verb has its object already
    Tree object = Tree.of(
        "Hij PRON hij 1 nsubj",
        "gaf VERB geven -1 root",
        "het DET het 3 det",
        "boek NOUN boek 1 obj",
        "in ADP in 6 case",
        "de DET de 6 det",
        "klas NOUN klas 1 obl",
        "de DET de 8 det",
        "leraar NOUN leraar 6 nmod",
        ". PUNCT . 1 punct").apply();
    assertEquals("nmod", object.rels()[8]);
    assertEquals(6, object.heads()[8]);
  }

  @Test
  void onderMeerIsAnAdverbialNotThePrepositionOfThePhraseAfterIt() {
    // Ze bezochten onder andere Gent .
    Tree t = Tree.of(
        "Ze PRON ze 1 nsubj",
        "bezochten VERB bezoeken -1 root",
        "onder ADP onder 4 case",
        "andere ADJ ander 4 amod",
        "Gent PROPN Gent 1 obl",
        ". PUNCT . 1 punct").apply();
    assertEquals("nmod", t.rels()[2]);
    assertEquals(2, t.heads()[3]);
    assertEquals("fixed", t.rels()[3]);
    assertEquals("obj", t.rels()[4]);
    // Ze zaten onder de brug . — onder as a preposition stays the case
    Tree bridge = Tree.of(
        "Ze PRON ze 1 nsubj",
        "zaten VERB zitten -1 root",
        "onder ADP onder 4 case",
        "de DET de 4 det",
        "brug NOUN brug 1 obl",
        ". PUNCT . 1 punct").apply();
    assertEquals("case", bridge.rels()[2]);
    assertEquals("obl", bridge.rels()[4]);
  }
}
