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

  private String lemma(String form, UPos pos, String feats, Reading... readings) {
    return lemmatizer.lemma(form, List.of(readings), pos, feats, w -> List.of());
  }

  private static final String PAST_SING = "Number=Sing|Tense=Past|VerbForm=Fin";
  private static final String PRES_SING = "Number=Sing|Tense=Pres|VerbForm=Fin";

  @Test
  void aFiniteVerbTakesTheReadingOfItsTense() {
    // "De reiger vloog over de sloot": as a past, vloog is vliegen; as the present of a weak verb
    // "vlogen" (the dictionary's way with such forms, made up here) it would be vlogen.
    Reading present = new Reading("vlogen", "WKW:TGW:1EP");
    Reading past = new Reading("vliegen", "WKW:VLT:1EP");
    assertEquals("vliegen", lemma("vloog", UPos.VERB, PAST_SING, present, past));
    // The same readings under a present label keep the present's verb.
    assertEquals("vlogen", lemma("vloog", UPos.VERB, PRES_SING, present, past));
  }

  @Test
  void aStrongPastThatIsAlsoARareVerbsPresentIsTheStrongVerb() {
    // "De kiezers kozen een nieuwe burgemeester", "de winkel sloot vroeg": whatever tense the
    // tagger gave, the strong verb (preferred-lemmas.txt).
    Reading kozenPresent = new Reading("kozen", "WKW:TGW:INF");
    Reading kiezenPast = new Reading("kiezen", "WKW:VLT:INF");
    assertEquals("kiezen", lemma("kozen", UPos.VERB, "Number=Plur|Tense=Pres|VerbForm=Fin", kozenPresent, kiezenPast));
    assertEquals("sluiten", lemma("sloot", UPos.VERB, PRES_SING, new Reading("sloten", "WKW:TGW:1EP"),
        new Reading("sluiten", "WKW:VLT:1EP")));
    // And a common present that is also a rare strong past stays the common verb: "zij weet het".
    assertEquals("weten", lemma("weet", UPos.VERB, PAST_SING, new Reading("weten", "WKW:TGW:1EP"),
        new Reading("wijten", "WKW:VLT:1EP")));
    // As a noun, "de sloot" is a ditch.
    assertEquals("sloot", lemma("sloot", UPos.NOUN, "Number=Sing", new Reading("sloot", "ZNW:EKV:DE_"),
        new Reading("sluiten", "WKW:VLT:1EP")));
  }

  @Test
  void aParticipleInGeIsTheVerbWithoutGe() {
    // "Het team werd geleid door een trainer": leiden, not the rarer geleiden.
    String part = "VerbForm=Part";
    assertEquals("leiden", lemma("geleid", UPos.VERB, part, new Reading("geleiden", "WKW:TGW:1EP"),
        new Reading("geleiden", "WKW:VTD:ONV"), new Reading("leiden", "WKW:VTD:ONV")));
    assertEquals("worden", lemma("geworden", UPos.VERB, part, new Reading("geworden", "WKW:VTD:ONV"),
        new Reading("worden", "WKW:VTD:ONV")));
    // Not for the common verbs in ge-: "het is gisteren gebeurd" is gebeuren, not beuren.
    assertEquals("gebeuren", lemma("gebeurd", UPos.VERB, part, new Reading("gebeuren", "WKW:VTD:ONV"),
        new Reading("beuren", "WKW:VTD:ONV")));
    // A finite reading is left alone: "dit koper geleidt goed" (the label says finite).
    assertEquals("geleiden", lemma("geleid", UPos.VERB, PRES_SING, new Reading("geleiden", "WKW:TGW:1EP"),
        new Reading("leiden", "WKW:VTD:ONV")));
  }

  @Test
  void aParticipleIsNotTheNounLikeReadingOfAnotherVerb() {
    // "De poort is gesloten": sluiten, not a nominal participle of sloten.
    assertEquals("sluiten", lemma("gesloten", UPos.VERB, "VerbForm=Part",
        new Reading("sloten", "WKW:VTD:ZNW:MRV:DE_"), new Reading("sluiten", "WKW:VTD:ONV")));
  }

  @Test
  void anOrdinalAdjectiveHasItsCardinalAsLemma() {
    // "de derde ronde", "het eerste huis".
    assertEquals("drie", lemma("derde", UPos.ADJ, new Reading("drie", "GET:RNG")));
    assertEquals("één", lemma("eerste", UPos.ADJ, new Reading("een", "GET:RNG")));
    // An adjective without an ordinal reading keeps its own: "de vierde" as vieren's past is no ordinal here.
    assertEquals("mooi", lemma("mooie", UPos.ADJ, new Reading("mooi", "BNW:STL:VRB")));
  }

  @Test
  void anAdjectiveOfANameTakesTheDictionarysLemmaOrDoublesItsVowel() {
    // "de Chinese muur": the dictionary's Chinees.
    assertEquals("Chinees", lemma("Chinese", UPos.ADJ, new Reading("Chinees", "BNW:STL:VRB")));
    // Without a reading: the closed syllable writes the long vowel double.
    assertEquals("Balinees", lemma("Balinese", UPos.ADJ));
    assertEquals("Javaans", lemma("Javaanse", UPos.ADJ));
    assertEquals("Amersfoorts", lemma("Amersfoortse", UPos.ADJ));
  }
}
