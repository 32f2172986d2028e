package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Prepositions whose English depends on their head or on the noun they govern, on sentences
 * written for these tests (no seed or dev text): aan as to by default, head + preposition
 * collocations, and at / in / on by the kind of place or time after op and aan.
 */
class PrepositionSensesTest {
  @Test
  void aanBeforeARecipientIsTo() {
    assertEquals("She gives the book to her brother.", gloss("Zij geeft het boek aan haar broer.").english());
  }

  @Test
  void aHeadGovernsItsPreposition() {
    assertEquals("We rely on the police.", gloss("Wij vertrouwen op de politie.").english());
    GlossLine spend = gloss("De stad besteedt geld aan nieuwe scholen.");
    assertEquals("spends", token(spend, "besteedt").english());
    assertEquals("on", token(spend, "aan").english()); // governed across the object: besteedt … aan
    assertEquals("She resembles her mother.", gloss("Zij lijkt op haar moeder.").english());
    assertTrue(gloss("De kinderen zijn dol op ijs.").english().contains("fond of"));
    assertEquals("The board sticks to the old plan.", gloss("Het bestuur houdt vast aan het oude plan.").english());
  }

  @Test
  void verbsWithTheirOwnPrepositions() {
    assertTrue(gloss("De fabriek zet afval om in energie.").english().contains("turns waste into energy"),
        gloss("De fabriek zet afval om in energie.").english());
    assertTrue(gloss("Wij nodigen de buren uit voor het feest.").english().contains("invite the neighbors to the party"),
        gloss("Wij nodigen de buren uit voor het feest.").english());
    assertTrue(gloss("Ik bedank je voor de bloemen.").english().contains("thank you for the flowers"),
        gloss("Ik bedank je voor de bloemen.").english());
    // a place after uitnodigen keeps its preposition
    assertEquals("in", token(gloss("Wij nodigen de buren uit in de tuin."), "in").english());
  }

  @Test
  void opBeforeAPlaceOfAnInstitutionOrAnEventIsAt() {
    assertEquals("at", token(gloss("Wij ontmoetten hem op het vliegveld."), "op").english());
    assertEquals("at", token(gloss("Zij sprak op een conferentie in Wenen."), "op").english());
    assertEquals("at", token(gloss("De studenten wachten buiten, op de staatsuniversiteit is het stil."), "op").english());
  }

  @Test
  void opBeforeAWayIsIn() {
    assertEquals("in", token(gloss("Hij doet het op een andere manier."), "op").english());
  }

  @Test
  void aanBeforeABeginningOrAUniversityIsAtAndBeforeASideOrACoastOn() {
    assertTrue(gloss("Aan het begin van de week regende het.").english().startsWith("At the beginning of the week"));
    assertEquals("at", token(gloss("Zij studeert aan de universiteit van Gent."), "aan").english());
    assertEquals("on", token(gloss("Het hotel ligt aan de kust."), "aan").english());
  }

  @Test
  void aGoverningHeadWinsOverTheNoun() {
    GlossLine l = gloss("Hij wacht op de trein op het station.");
    assertTrue(l.english().startsWith("He waits for the train at the station"), l.english());
  }
}
