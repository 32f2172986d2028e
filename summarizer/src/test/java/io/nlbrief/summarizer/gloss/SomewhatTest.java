package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** wat before a comparative is somewhat, the pronoun elsewhere; on sentences written for these tests. */
class SomewhatTest {
  @Test
  void watBeforeAComparativeIsADegreeWord() {
    assertEquals("The new house is somewhat larger.", gloss("Het nieuwe huis is wat groter.").english());
    assertEquals("We walked somewhat further.", gloss("Wij liepen wat verder.").english());
    assertEquals("They bought a somewhat older car.", gloss("Ze kochten een wat oudere auto.").english());
    assertEquals("somewhat", token(gloss("Omdat hij wat ouder is, mag hij blijven."), "wat").english());
    assertEquals("He wants a little more time.", gloss("Hij wil wat meer tijd.").english());
  }

  @Test
  void ietsBeforeAComparativeIsSlightlyAndNogWithThemALittle() {
    assertEquals("It became slightly colder.", gloss("Het werd iets kouder.").english());
    assertEquals("The prices rose a little further.", gloss("De prijzen stegen nog wat verder.").english());
    assertEquals("It became a little colder.", gloss("Het werd nog iets kouder.").english());
    assertEquals("The prices rose even further.", gloss("De prijzen stegen nog verder.").english());
    // iets as a pronoun stays something
    assertTrue(gloss("Hij zag iets vreemds.").english().contains("something"), gloss("Hij zag iets vreemds.").english());
  }

  @Test
  void thePronounStays() {
    assertEquals("What more can I do?", gloss("Wat meer kan ik doen?").english());
    assertEquals("what", token(gloss("Ik weet wat beter werkt."), "wat").english());
    assertEquals("what", token(gloss("Ik geloof alles wat beter klinkt."), "wat").english());
    assertEquals("what", token(gloss("Wat zeg je?"), "Wat").english().toLowerCase());
  }

  @Test
  void geenWithMeerAfterItsNounIsNoMore() {
    assertEquals("He has no more money.", gloss("Hij heeft geen geld meer.").english());
    assertEquals("There is no more hope.", gloss("Er is geen hoop meer.").english());
    // meer before a noun is more, and geen without meer is no
    assertTrue(gloss("Hij wil meer geld.").english().contains("more money"), gloss("Hij wil meer geld.").english());
    assertTrue(gloss("Hij heeft geen geld.").english().contains("no money"), gloss("Hij heeft geen geld.").english());
  }
}
