package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The relative waar with a preposition left at the end of its clause, said in English as the
 * preposition + which (whom) where waar stands, on sentences written for these tests.
 */
class RelativeWaarTest {
  @Test
  void strandedPrepositionGoesBeforeWhich() {
    GlossLine l = gloss("Het onderwerp waar de leraar vaak over vertelt, is moeilijk.");
    assertEquals("about which", token(l, "waar").english());
    assertEquals("", token(l, "over").english());
    assertTrue(l.english().contains("subject about which the teacher often tells"), l.english());
    GlossLine mee = gloss("Dit is de pan waar mijn moeder soep mee kookt.");
    assertEquals("with which", token(mee, "waar").english()); // mee is met: with, not along
    assertEquals("", token(mee, "mee").english());
  }

  @Test
  void theCollocationGivesThePreposition() {
    // wachten op → wait for, not on; a person takes whom
    GlossLine l = gloss("De jongen waar zij op wachtte, kwam te laat.");
    assertEquals("for whom", token(l, "waar").english());
    assertTrue(l.english().contains("for whom she waited"), l.english());
    // trouwen met → marry: English has no preposition
    assertEquals("The woman whom he married lives in Ghent.", gloss("De vrouw waar hij mee trouwde, woont in Gent.").english());
    // bang voor → afraid of, the adjective's collocation
    assertEquals("It is a dog of which she is very afraid.", gloss("Het is een hond waar zij erg bang voor is.").english());
  }

  @Test
  void aPrepositionWithItsOwnObjectIsPassedOver() {
    // op de markt has its object; naar is the stranded one (kijken naar → look at)
    assertEquals("It is the photo at which she looked on the market.",
        gloss("Het is de foto waar zij op de markt naar keek.").english());
  }

  @Test
  void joinedFormsTakeWhomAfterAPerson() {
    assertEquals("The colleague with whom I cooperate is ill.", gloss("De collega waarmee ik samenwerk, is ziek.").english());
    assertEquals("about which", token(gloss("Het is een vraag waarover iedereen nadenkt."), "waarover").english());
  }

  @Test
  void notForWaarOfPlaceNorInQuestions() {
    assertEquals("where", token(gloss("Dit is het dorp waar mijn opa woont."), "waar").english());
    // a preposition with its own object is no stranded one
    GlossLine year = gloss("Het huis waar hij in 1990 woonde, is verkocht.");
    assertEquals("where", token(year, "waar").english());
    assertEquals("in", token(year, "in").english());
    assertFalse(token(gloss("Waar denk je aan?"), "Waar").english().contains("which"));
    // an indirect question has no antecedent: waar stays
    assertEquals("where", token(gloss("Zij weet niet waar hij over praat."), "waar").english());
    assertEquals("why", token(gloss("Dat is de reden waarom hij vertrok."), "waarom").english());
  }
}
