package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.UPos;
import org.junit.jupiter.api.Test;

/** A participle aside on the subject, which the parser took for the clause's verb. */
class ParticipleAsideTest {
  private record Tree(UPos[] pos, String[] feats, int[] heads, String[] rels) {
    /** Rows of "form UPOS features head relation", heads 0-based (-1 for the root). */
    static Tree of(String... rows) {
      int n = rows.length;
      UPos[] pos = new UPos[n];
      String[] feats = new String[n];
      int[] heads = new int[n];
      String[] rels = new String[n];
      for (int i = 0; i < n; i++) {
        String[] c = rows[i].split(" ");
        pos[i] = UPos.valueOf(c[1]);
        feats[i] = c[2];
        heads[i] = Integer.parseInt(c[3]);
        rels[i] = c[4];
      }
      return new Tree(pos, feats, heads, rels);
    }

    Tree apply() {
      ParticipleAside.apply(pos, feats, heads, rels);
      return this;
    }
  }

  @Test
  void theFiniteVerbAfterTheAsideHeadsTheClause() {
    // De minister , gesteund door haar partij , diende een voorstel in .
    Tree t = Tree.of(
        "De DET _ 1 det",
        "minister NOUN Number=Sing 3 nsubj:pass",
        ", PUNCT _ 3 punct",
        "gesteund VERB VerbForm=Part -1 root",
        "door ADP _ 6 case",
        "haar PRON Poss=Yes 6 nmod:poss",
        "partij NOUN Number=Sing 3 obl",
        ", PUNCT _ 8 punct",
        "diende VERB VerbForm=Fin 3 parataxis",
        "een DET _ 10 det",
        "voorstel NOUN Number=Sing 8 nsubj",
        "in ADP _ 8 compound:prt",
        ". PUNCT _ 3 punct").apply();
    assertArrayEquals(new int[] {1, 8, 3, 1, 6, 6, 3, 3, -1, 10, 8, 8, 8}, t.heads());
    assertEquals("root", t.rels()[8]);
    assertEquals("nsubj", t.rels()[1]);
    assertEquals("acl", t.rels()[3]);
    assertEquals("obj", t.rels()[10]); // one subject: the one before the verb
  }

  @Test
  void withoutTheClosingCommaTheAsideStillEndsBeforeTheVerb() {
    // De spelers , aangemoedigd door de fans wonnen .
    Tree t = Tree.of(
        "De DET _ 1 det",
        "spelers NOUN Number=Plur 3 nsubj:pass",
        ", PUNCT _ 3 punct",
        "aangemoedigd VERB VerbForm=Part -1 root",
        "door ADP _ 6 case",
        "de DET _ 6 det",
        "fans NOUN Number=Plur 7 obl",
        "wonnen VERB VerbForm=Fin 3 conj",
        ". PUNCT _ 3 punct").apply();
    assertEquals(-1, t.heads()[7]);
    assertEquals(3, t.heads()[6]); // door de fans: the aside's
    assertEquals(7, t.heads()[1]);
    assertEquals(1, t.heads()[3]);
  }

  @Test
  void aParticipleWithItsAuxiliaryOrWithAVerbBeforeItIsLeftAlone() {
    // De minister , die gesteund is , kwam . — an auxiliary: no aside of this kind
    Tree aux = Tree.of(
        "De DET _ 1 det",
        "minister NOUN Number=Sing 3 nsubj:pass",
        ", PUNCT _ 3 punct",
        "gesteund VERB VerbForm=Part -1 root",
        "is AUX VerbForm=Fin 3 aux:pass",
        ", PUNCT _ 6 punct",
        "kwam VERB VerbForm=Fin 3 conj").apply();
    assertEquals(-1, aux.heads()[3]);
    // Hij zag de man , gesteund door zijn vrouw , liep . — a verb before the noun phrase: no subject opening the clause
    Tree verbBefore = Tree.of(
        "Hij PRON _ 1 nsubj",
        "zag VERB VerbForm=Fin 5 dep",
        "de DET _ 3 det",
        "man NOUN Number=Sing 5 obj",
        ", PUNCT _ 5 punct",
        "gesteund VERB VerbForm=Part -1 root",
        "door ADP _ 8 case",
        "zijn PRON Poss=Yes 8 nmod:poss",
        "vrouw NOUN Number=Sing 5 obl",
        ", PUNCT _ 10 punct",
        "liep VERB VerbForm=Fin 5 conj").apply();
    assertEquals(5, verbBefore.heads()[10]);
    assertEquals(-1, verbBefore.heads()[5]);
    assertEquals("obj", verbBefore.rels()[3]);
  }
}
