package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Function words whose English depends on what they stand with, on sentences written for these
 * tests (no seed or dev text): tot before a time or not.
 */
class FunctionWordsTest {
  @Test
  void totBeforeSomethingThatIsNoTimeIsTo() {
    assertEquals("to", token(gloss("Zijn bijdrage tot het succes was groot."), "tot").english());
    assertEquals("to", token(gloss("Alleen artsen hebben toegang tot het gebouw."), "tot").english());
    assertEquals("to", token(gloss("De werkloosheid daalde tot vier procent."), "tot").english());
  }

  @Test
  void totBeforeATimeStaysUntil() {
    assertEquals("until", token(gloss("Zij bleef tot maandag in Parijs."), "tot").english());
    assertEquals("until", token(gloss("Hij werkte tot 2010 bij de bank."), "tot").english());
    assertEquals("until", token(gloss("Wij wachten tot het einde van de maand."), "tot").english());
    assertEquals("until", token(gloss("De winkel blijft tot zaterdagavond open."), "tot").english());
  }
}
