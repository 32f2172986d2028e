package io.nlbrief.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the tagger's readings the syntactic analysis confirms (Token.analysedReading), on tokens built here. */
class AnalysedReadingTest {
  private static Token token(String text, PartOfSpeech pos, List<Token.Reading> readings, Morphology analysis) {
    Token.Reading chosen = readings.get(0);
    return new Token(text, new Span(0, text.length()), chosen.lemma(), chosen.tag(), pos, null, readings)
        .withAnalysis(analysis, new Dependency(-1, "root"));
  }

  @Test
  void aFiniteVerbTaggedAsANounOrAdjectiveGetsItsVerbReading() {
    Token.Reading past = new Token.Reading("stijgen", "WKW:VLT:INF");
    Token stegen = token("stegen", PartOfSpeech.ADJECTIVE,
        List.of(new Token.Reading("steeg", "BNW:STL:MRV:DE_"), new Token.Reading("stijgen", "WKW:TGW:INF"), past),
        new Morphology(UPos.VERB, "stijgen", "Number=Plur|Tense=Past|VerbForm=Fin"));
    assertEquals(past, stegen.analysedReading()); // the past reading, not the present one before it
    Token.Reading closed = new Token.Reading("sluiten", "WKW:VLT:1EP");
    Token sloot = token("sloot", PartOfSpeech.NOUN, List.of(new Token.Reading("sloot", "ZNW:EKV:DE_"), closed),
        new Morphology(UPos.VERB, "sluiten", "Number=Sing|Tense=Past|VerbForm=Fin"));
    assertEquals(closed, sloot.analysedReading());
  }

  @Test
  void aNounTaggedAsAVerbGetsItsNounReadingOfTheAnalysedNumber() {
    Token.Reading plural = new Token.Reading("stem", "ZNW:MRV:DE_");
    Token stemmen = token("stemmen", PartOfSpeech.VERB,
        List.of(new Token.Reading("stemmen", "WKW:TGW:INF"), new Token.Reading("stem", "ZNW:EKV:DE_"), plural),
        new Morphology(UPos.NOUN, "stem", "Number=Plur"));
    assertEquals(plural, stemmen.analysedReading());
  }

  @Test
  void aReadingWithTheAnalysedLemmaWinsInTheSameClass() {
    Token.Reading saw = new Token.Reading("zien", "WKW:VLT:INF");
    Token zagen = token("zagen", PartOfSpeech.VERB, List.of(new Token.Reading("zagen", "WKW:TGW:INF"), saw),
        new Morphology(UPos.VERB, "zien", "Number=Plur|Tense=Past|VerbForm=Fin"));
    assertEquals(saw, zagen.analysedReading());
  }

  @Test
  void anAdjectiveTaggedAsAFiniteVerbGetsItsAdjectiveReading() {
    Token.Reading bad = new Token.Reading("slecht", "BNW:STL:ONV");
    Token slecht = token("slecht", PartOfSpeech.VERB, List.of(new Token.Reading("slechten", "WKW:TGW:1EP"), bad),
        new Morphology(UPos.ADJ, "slecht", "Degree=Pos"));
    assertEquals(bad, slecht.analysedReading());
    // the analysis's adjective with no adjective reading to give: nothing
    assertNull(token("loop", PartOfSpeech.VERB, List.of(new Token.Reading("lopen", "WKW:TGW:1EP")),
        new Morphology(UPos.ADJ, "loop", "Degree=Pos")).analysedReading());
    // a participle read as an adjective by the analysis keeps its verb reading
    assertNull(token("gesloten", PartOfSpeech.VERB,
        List.of(new Token.Reading("sluiten", "WKW:VTD:ONV"), new Token.Reading("gesloten", "BNW:STL:ONV")),
        new Morphology(UPos.ADJ, "gesloten", "Degree=Pos")).analysedReading());
  }

  @Test
  void noReadingWhenTheyAgreeOrTheTaggerFoundNoneOfTheAnalysedClass() {
    assertNull(token("huis", PartOfSpeech.NOUN, List.of(new Token.Reading("huis", "ZNW:EKV:HET")),
        new Morphology(UPos.NOUN, "huis", "Number=Sing")).analysedReading());
    assertNull(token("fiets", PartOfSpeech.NOUN, List.of(new Token.Reading("fiets", "ZNW:EKV:DE_")),
        new Morphology(UPos.VERB, "fietsen", "Tense=Pres|VerbForm=Fin")).analysedReading());
    // a participle used as an adjective stays one: only a finite verb overrides an adjective
    assertNull(token("gesloten", PartOfSpeech.ADJECTIVE,
        List.of(new Token.Reading("gesloten", "BNW:STL:ONV"), new Token.Reading("sluiten", "WKW:VTD:ONV")),
        new Morphology(UPos.VERB, "sluiten", "VerbForm=Part")).analysedReading());
    Token unanalysed = new Token("stegen", new Span(0, 6), "steeg", "ZNW:MRV:DE_", PartOfSpeech.NOUN, null,
        List.of(new Token.Reading("steeg", "ZNW:MRV:DE_"), new Token.Reading("stijgen", "WKW:VLT:INF")));
    assertNull(unanalysed.analysedReading());
  }
}
