package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * er, daar and hier where English has no "there", on sentences written for these tests (no seed
 * or dev text): with a preposition at the end of the phrase, before a dat-clause they stand for,
 * as a partitive before a number, and after wat or wie.
 */
class PointerWordsTest {
  @Test
  void erWithAStrandedPrepositionIsThePrepositionWithIt() {
    assertEquals("Are you now ready for it?", gloss("Zijn jullie er nu klaar voor?").english());
    // the stem ben before je is second person: are you, not am you
    assertEquals("Are you ready for it?", gloss("Ben je er klaar voor?").english());
    assertEquals("She thought long about it.", gloss("Ze dacht er lang over na.").english());
    GlossLine l = gloss("Ik ben er blij mee.");
    assertEquals("with it", token(l, "mee").english());
    assertEquals("", token(l, "er").english());
  }

  @Test
  void daarWithAStrandedPrepositionIsThePrepositionWithThat() {
    GlossLine l = gloss("Zij betaalde daar veel geld voor.");
    assertEquals("for that", token(l, "voor").english());
    assertEquals("", token(l, "daar").english());
  }

  @Test
  void aPointerBeforeTheClauseItStandsForSaysNothing() {
    assertEquals("She is certain that he comes.", gloss("Zij is er zeker van dat hij komt.").english());
    assertEquals("I am convinced that the train is too late.",
        gloss("Ik ben ervan overtuigd dat de trein te laat is.").english());
    assertTrue(gloss("Het lijkt erop dat het morgen gaat regenen.").english().startsWith("It seems that"));
  }

  @Test
  void thePartitiveErBeforeANumberSaysNothing() {
    assertEquals("There are three.", gloss("Er zijn er drie.").english());
    assertEquals("", token(gloss("Hij heeft er twee gekocht."), "er").english());
    // before a noun it is the dummy subject, which English leaves out with the subject first (existential-er)
    assertEquals("Three people live in that house.", gloss("Er wonen drie mensen in dat huis.").english());
  }

  @Test
  void erAfterWatOrWieSaysNothing() {
    assertEquals("What has happened?", gloss("Wat is er gebeurd?").english());
    assertEquals("", token(gloss("Niemand weet wat er met het geld is gedaan."), "er").english());
  }

  @Test
  void erOfAPlaceAndErBeforeAPrepositionWithItsOwnObjectStay() {
    assertEquals("there", token(gloss("Zij woont er al tien jaar."), "er").english());
    assertFalse(token(gloss("Er staat een vaas op de tafel."), "op").english().endsWith("it"));
  }
}
