package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** zijn and worden under a modal, on sentences written for these tests (no seed or dev text). */
class BeAfterModalTest {
  @Test
  void zijnUnderAModalIsBeBeforeItsPredicate() {
    assertEquals("The house will be large.", gloss("Het huis zal groot zijn.").english());
    assertEquals("That would be a good idea.", gloss("Dat zou een goed idee zijn.").english());
    assertEquals("be", token(gloss("Hij zegt dat de schade groter kan zijn."), "zijn").english());
  }

  @Test
  void wordenUnderAModalIsBeInThePassiveAndBecomeElse() {
    assertEquals("The meeting can be postponed.", gloss("De vergadering kan worden uitgesteld.").english());
    assertEquals("become", token(gloss("De stad zal steeds groter worden."), "worden").english());
  }

  @Test
  void wordenBesideAParticipleTheTaggerReadOtherwiseIsBe() {
    // gebouwd tagged as an adjective, gezien as a preposition: the analysis reads participles
    assertEquals("The bridge will be built.", gloss("De brug zal gebouwd worden.").english());
    assertEquals("The comet can be seen.", gloss("De komeet kan gezien worden.").english());
    assertEquals("The city will become ever larger.", gloss("De stad zal steeds groter worden.").english());
  }

  @Test
  void aParticipleBeforeTheModalAndWordenGoesAfterBe() {
    assertEquals("The bridge that has to be built is long.", gloss("De brug die gebouwd moet worden is lang.").english());
    assertEquals("I hope the bridge will be built tomorrow.", gloss("Ik hoop dat de brug morgen gebouwd zal worden.").english());
  }

  @Test
  void aParticipleTheTaggerTookForAPrepositionIsGlossedAsTheVerb() {
    assertEquals("seen", token(gloss("Ik heb haar vaak gezien."), "gezien").english());
    assertEquals("given", token(gloss("Gezien de omstandigheden blijven wij thuis."), "Gezien").english().toLowerCase());
  }

  @Test
  void finiteWordenWithAParticipleGlossedByItsAdjectiveEntryIsThePassive() {
    assertEquals("At the station Jan was asked about the road.", gloss("Op het station werd Jan gevraagd naar de weg.").english());
    assertEquals("He became angry.", gloss("Hij werd boos.").english());
  }

  @Test
  void aFiniteZijnWithoutAModalStays() {
    assertEquals("are", token(gloss("Zij zijn blij dat ze kunnen komen."), "zijn").english());
  }
}
