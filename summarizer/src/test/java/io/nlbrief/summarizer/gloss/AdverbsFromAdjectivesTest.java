package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dutch adjectives used as adverbs take the English -ly form, on sentences written for these tests. */
class AdverbsFromAdjectivesTest {
  @Test
  void anAdjectiveBeforeTheAdjectiveOrParticipleItModifies() {
    assertEquals("My sister is politically active.", gloss("Mijn zus is politiek actief.").english());
    assertEquals("They live in a newly built house.", gloss("Ze wonen in een nieuw gebouwd huis.").english());
    assertEquals("The results were completely unexpected.", gloss("De resultaten waren volledig onverwacht.").english());
    assertEquals("That is immediately clear.", gloss("Dat is onmiddellijk duidelijk.").english());
  }

  @Test
  void besideAParticipleAfterZijnTheAdverbStaysBeforeIt() {
    // the clause order puts the participle beside its auxiliary: the adverb goes with it
    assertEquals("politically motivated", phrase(gloss("Zijn kritiek was politiek gemotiveerd."), 2));
  }

  @Test
  void anAdjectiveBeforeTheAuxiliaryOfAParticipleIsAnAdverb() {
    assertEquals("possibly", token(gloss("Mogelijk is de brief ook door de buren gelezen."), "Mogelijk").english());
    // before a copula it stays the predicate: mogelijk is het niet → possible
    assertEquals("possible", token(gloss("Dat is mogelijk."), "mogelijk").english());
  }

  @Test
  void anAdjectiveAsTheAdverbialOfAVerb() {
    assertEquals("The small country wants to develop economically.",
        gloss("Het kleine land wil zich economisch ontwikkelen.").english());
    assertEquals("The teacher explained the rules patiently.", gloss("De docent legde de regels geduldig uit.").english());
  }

  @Test
  void theGlossarysAdverbWhereTheWordHasOne() {
    assertEquals("possibly", token(gloss("Hij is mogelijk ziek."), "mogelijk").english());
    assertEquals("really", token(gloss("Ik ben echt blij."), "echt").english());
  }

  @Test
  void aPredicateKeepsTheAdjective() {
    assertEquals("The answer is clear.", gloss("Het antwoord is duidelijk.").english());
    assertEquals("She found the film boring.", gloss("Zij vond de film saai.").english());
    assertEquals("cold", token(gloss("Het weer blijft koud."), "koud").english());
    assertEquals("large", token(gloss("Ze kochten een groot rood huis."), "groot").english());
    assertEquals("tasty", token(gloss("Dat smaakt lekker."), "lekker").english()); // a verb of the senses
    assertEquals("ill", token(gloss("Hij werd ziek wakker."), "ziek").english());
  }

  /** The last {@code words} words of the English line before its stop. */
  private static String phrase(GlossLine line, int words) {
    String[] w = line.english().replaceAll("[.]$", "").split(" ");
    return String.join(" ", java.util.Arrays.copyOfRange(w, w.length - words, w.length));
  }
}
