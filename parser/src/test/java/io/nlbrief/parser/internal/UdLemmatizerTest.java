package io.nlbrief.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.nlbrief.parser.Token.Reading;
import io.nlbrief.parser.UPos;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lemma rules of Dutch grammar that need no training, on words written for the test. */
class UdLemmatizerTest {
  private final UdLemmatizer lemmatizer = new UdLemmatizer(new boolean[UPos.values().length], Map.of());

  private String lemma(String form, UPos pos, Reading... readings) {
    return lemmatizer.lemma(form, List.of(readings), pos, "_", w -> List.of());
  }

  @Test
  void degreesOfVeelAndWeinigHaveThePositiveAsLemma() {
    // "Ze wil meer tijd", "het minste wat hij kan doen", "de meeste kinderen".
    assertEquals("veel", lemma("meer", UPos.DET));
    assertEquals("veel", lemma("Meeste", UPos.DET));
    assertEquals("weinig", lemma("minder", UPos.ADV));
    assertEquals("weinig", lemma("minste", UPos.PRON));
    // As a noun ("het meer", the lake) it stays itself.
    assertEquals("meer", lemma("meer", UPos.NOUN, new Reading("meer", "ZNW:EKV:HET")));
  }

  @Test
  void contractedAndStrandedPrepositions() {
    // "ten noorden van", "ter gelegenheid van", "daar ging hij mee akkoord", "waartoe ... toe".
    assertEquals("te", lemma("ten", UPos.ADP));
    assertEquals("te", lemma("ter", UPos.ADP));
    assertEquals("met", lemma("mee", UPos.ADP));
    assertEquals("tot", lemma("toe", UPos.ADP));
    // "mee" as a particle or adverb is not a stranded "met".
    assertEquals("mee", lemma("mee", UPos.ADV, new Reading("mee", "BYW")));
  }

  @Test
  void theNumeralEen() {
    assertEquals("één", lemma("een", UPos.NUM));
    assertEquals("één", lemma("Eén", UPos.NUM));
    assertEquals("een", lemma("een", UPos.DET, new Reading("een", "GET")));
  }

  @Test
  void ordinalsInDigitsHaveTheNumberAsLemma() {
    assertEquals("19", lemma("19de", UPos.ADJ));
    assertEquals("3", lemma("3e", UPos.ADJ));
    assertEquals("101", lemma("101ste", UPos.NUM));
    assertEquals("80er", lemma("80er", UPos.NOUN));
    assertEquals("a4", lemma("A4", UPos.NOUN));
  }

  @Test
  void inflectedAdjectivesOfNamesKeepTheirCapital() {
    // "de Haarlemse school", "het Zeeuwse land": no reading in the dictionary.
    assertEquals("Haarlems", lemma("Haarlemse", UPos.ADJ));
    assertEquals("Zeeuws", lemma("Zeeuwse", UPos.ADJ));
    // A sentence-initial ordinary adjective is not a name: the dictionary's lower-case lemma wins.
    assertEquals("vals", lemma("Valse", UPos.ADJ, new Reading("vals", "BNW:STL:VRB")));
  }
}
