package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Participle asides on the subject, relative clauses between commas, days of the week without a
 * preposition, names the tagger took for months, and noun phrases the parser hung on a
 * prepositional phrase, on sentences written for these tests (no seed or dev text).
 */
class AsidesAndDaysTest {
  @Test
  void aParticipleAsideOnTheSubjectLeavesTheClauseItsVerb() {
    assertEquals("The minister, supported by her party, submitted a proposal.",
        gloss("De minister, gesteund door haar partij, diende een voorstel in.").english());
    assertEquals("The players, encouraged by thousands of fans, won the final.",
        gloss("De spelers, aangemoedigd door duizenden fans, wonnen de finale.").english());
  }

  @Test
  void theCommaClosingAnAsideIsAddedWhereTheDutchLeftItOut() {
    GlossLine l = gloss("De ministers, aangevuld met hun collega's uit Zweden bespraken de begroting.");
    assertEquals("The ministers, supplemented with their colleagues from Sweden, discussed the budget.", l.english());
    assertTrue(token(l, "Zweden").origin().endsWith("+aside-comma"), token(l, "Zweden").origin());
    // the aside at the end of the sentence, and one the Dutch closes itself: no comma added
    assertEquals("He saw the ministers, supplemented with their colleagues.",
        gloss("Hij zag de ministers, aangevuld met hun collega's.").english());
    assertFalse(gloss("De minister, gesteund door haar partij, diende een voorstel in.").english().contains(",,"));
  }

  @Test
  void aBareDayIsOnTheDay() {
    GlossLine l = gloss("Zij zong dinsdagvoormiddag in de kerk.");
    assertEquals("She sang in the church on Tuesday morning.", l.english());
    assertEquals("compound:dinsdag+voormiddag+day-on", token(l, "dinsdagvoormiddag").origin());
    // with an article, with a preposition, or a plural object: no on
    assertEquals("The Tuesday evening was calm.", gloss("De dinsdagavond was rustig.").english());
    assertEquals("On Thursday morning he came.", gloss("Op donderdagochtend kwam hij.").english());
    assertEquals("He hates Mondays.", gloss("Hij haat maandagen.").english());
  }

  @Test
  void aNounPhraseAfterAPrepositionalPhraseIsTheObject() {
    assertEquals("She reads the newspaper on a calm day.", gloss("Zij leest op een rustige dag de krant.").english());
    assertEquals("They have sold over 40 books in total.", gloss("Zij hebben in totaal ruim 40 boeken verkocht.").english());
    assertEquals("The ministers discussed among other things the budget in a long meeting.",
        gloss("De ministers bespraken in een lange vergadering onder meer de begroting.").english());
  }

  @Test
  void aRelativeClauseBetweenCommasKeepsItsCopulaAndTheMainVerbItsNegation() {
    assertEquals("The house, which is very old, stands empty.", gloss("Het huis, dat erg oud is, staat leeg.").english());
    assertEquals("The neighbor, who was yesterday ill, did not come.",
        gloss("De buurman, die gisteren ziek was, kwam niet.").english());
  }

  @Test
  void aCapitalisedMonthAbbreviationWithoutANumberIsAName() {
    GlossLine l = gloss("Jan, die gisteren ziek was, kwam niet.");
    assertEquals("Jan", token(l, "Jan").english());
    assertEquals("name", token(l, "Jan").origin());
    assertEquals("March was cold.", gloss("Maart was koud.").english()); // written out: the month
  }
}
