package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The perfect where the analysis left the auxiliary and its participle apart; sentences written for these tests. */
class PerfectOrderTest {
  @Test
  void aParticipleThenItsAuxiliaryAtTheEndOfAClause() {
    assertEquals("I think the train has left.", gloss("Ik denk dat de trein vertrokken is.").english());
    assertEquals("I think he has been ill.", gloss("Ik denk dat hij ziek geweest is.").english());
    assertEquals("I think the journey has been a large success.",
        gloss("Ik denk dat de reis een groot succes geweest is.").english());
  }

  @Test
  void thePerfectOfThePassiveAndOfVerbsOfCollapseToo() {
    assertEquals("I saw that the old bridge had collapsed.", gloss("Ik zag dat de oude brug ingestort was.").english());
    assertEquals("He says the access has been limited.", gloss("Hij zegt dat de toegang beperkt is.").english());
  }

  @Test
  void geweestAtTheEndOfAMainClause() {
    assertEquals("They have never been there.", gloss("Zij zijn daar nooit geweest.").english());
    assertEquals("She has never been in Paris.", gloss("Zij is nooit in Parijs geweest.").english());
  }

  @Test
  void whatWasRightStays() {
    assertEquals("He has left.", gloss("Hij is vertrokken.").english());
    assertEquals("The house has been sold.", gloss("Het huis is verkocht.").english());
    assertEquals("The day has been long.", gloss("De dag is lang geweest.").english());
    assertEquals("One sees that the houses have been destroyed.", gloss("Men ziet dat de huizen verwoest zijn.").english());
  }
}
