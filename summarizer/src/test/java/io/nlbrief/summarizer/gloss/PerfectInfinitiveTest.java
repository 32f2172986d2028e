package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The perfect infinitive under a modal, and the perfect with zijn in verb-final clauses, on sentences written for these tests. */
class PerfectInfinitiveTest {
  @Test
  void participleThenAuxiliaryIsHaveThenParticiple() {
    assertEquals("That would have been a good idea.", gloss("Dat zou een goed idee geweest zijn.").english());
    assertEquals("He would have done it.", gloss("Hij zou het gedaan hebben.").english());
  }

  @Test
  void auxiliaryThenParticiple() {
    assertEquals("She will have done it.", gloss("Zij zal het hebben gedaan.").english());
    assertEquals("He would have come.", gloss("Hij zou zijn gekomen.").english());
  }

  @Test
  void moetenWithAPerfectIsAConclusion() {
    assertEquals("She must have been very tired.", gloss("Zij moet erg moe geweest zijn.").english());
  }

  @Test
  void aFormOfZijnTheTaggerGaveAnotherLemmaTakesThePerfect() {
    // waren tagged as the verb to wander: the analysis's lemma is zijn
    assertEquals("had", Glossed.token(gloss("Ze zei dat er nog geen klachten waren geweest."), "waren").english());
  }

  @Test
  void thePerfectOfThePassiveKeepsBeenWhereTheParticipleWasTaggedPresent() {
    assertEquals("One sees that the houses have been destroyed.", gloss("Men ziet dat de huizen verwoest zijn.").english());
  }

  @Test
  void zijnWithoutAParticipleOrWithOneOfAStateStaysBe() {
    assertEquals("She can be ill.", gloss("Zij kan ziek zijn.").english());
    assertEquals("The house will be large.", gloss("Het huis zal groot zijn.").english());
  }
}
