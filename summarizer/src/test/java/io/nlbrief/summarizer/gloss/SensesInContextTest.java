package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Senses that depend on the rest of the clause, on sentences written for these tests (no seed or
 * dev text): prepositions governed by their head as the parser's analysis attaches them, om with
 * a clock time, and ranges with van … tot.
 */
class SensesInContextTest {
  @Test
  void aPrepositionFarFromItsVerbTakesTheVerbsCollocation() {
    // op de trein hangs on gewacht at the end of the clause: wachten op → wait for
    GlossLine l = gloss("Wij hebben lang op de trein gewacht.");
    assertEquals("for", token(l, "op").english());
    assertEquals("governed:wachten op", token(l, "op").origin());
    assertTrue(l.english().contains("for the train"), l.english());
  }

  @Test
  void aSeparableVerbsCollocationGivesTheVerbItsEnglish() {
    // ingaan op is respond to, not go into … on
    assertEquals("Unfortunately the director does not respond to the questions of the press.",
        gloss("Jammer genoeg gaat de directeur niet in op de vragen van de pers.").english());
  }

  @Test
  void aCollocationWhoseEnglishTakesNoPrepositionDropsIt() {
    GlossLine l = gloss("De school zorgt elke dag voor een warme maaltijd.");
    assertEquals("provides", token(l, "zorgt").english());
    assertEquals("", token(l, "voor").english());
  }

  @Test
  void aDateAfterThePrepositionIsNoObjectOfTheCollocation() {
    assertEquals("The inhabitants voted on 30 September in the capital.",
        gloss("De inwoners stemden op 30 september in de hoofdstad.").english());
  }

  @Test
  void uitBeforeAPlaceIsFrom() {
    assertEquals("from", token(gloss("De ministers uit Zweden en Finland kwamen ook."), "uit").english());
    assertEquals("He came back from Brussels yesterday.", gloss("Hij kwam gisteren terug uit Brussel.").english());
    assertEquals("She stepped out of the car.", gloss("Ze stapte uit de auto.").english());
  }

  @Test
  void omWithAClockTimeIsAt() {
    assertEquals("The concert starts at eight o'clock.", gloss("Het concert begint om acht uur.").english());
  }

  @Test
  void vanTotIsFromTo() {
    assertEquals("She works from Monday to Friday in the bakery.",
        gloss("Ze werkt van maandag tot vrijdag in de bakkerij.").english());
    assertTrue(gloss("De winkel is open van negen tot vijf.").english().contains("from nine to five"));
    assertEquals("to", token(gloss("De prijzen stegen met 5 tot 10 procent."), "tot").english());
  }

  @Test
  void elkeBeforeATimeIsEvery() {
    assertEquals("every", token(gloss("Zij zwemt elke week in het meer."), "elke").english());
    assertEquals("every", token(gloss("Iedere maandag komt de bakker langs."), "Iedere").english());
    assertEquals("each", token(gloss("Elke leerling krijgt een boek."), "Elke").english());
    assertEquals("last", token(gloss("Hij belde vorige zaterdag zijn zus."), "vorige").english());
    assertEquals("fewer", token(gloss("Er kwamen minder mensen dan vorig jaar."), "minder").english());
    assertEquals("fewer than", token(gloss("Het team telt nu drie minder dan vroeger."), "minder").english());
    assertEquals("less than", token(gloss("Het kost minder dan tien euro."), "minder").english());
    assertEquals("less", token(gloss("Wij verdienen minder geld."), "minder").english());
    assertEquals("previous", token(gloss("De vorige eigenaar woonde hier."), "vorige").english());
  }
}
