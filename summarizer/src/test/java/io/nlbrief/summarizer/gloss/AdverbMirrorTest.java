package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The adverbials before a Dutch final verb follow the English verb in the mirror order; on
 * sentences written for these tests.
 */
class AdverbMirrorTest {
  private static final String RULE = "order:adverbs-mirrored";

  @Test
  void twoAdverbsOfASubordinateClauseAreMirrored() {
    GlossLine line = gloss("Ik weet dat hij gisteren snel liep.");
    assertEquals("I know he walked fast yesterday.", line.english());
    assertEquals(RULE, token(line, "gisteren").moved());
  }

  @Test
  void theAdverbsOfAParticipleAreMirrored() {
    assertEquals("He worked hard yesterday.", gloss("Hij heeft gisteren hard gewerkt.").english());
    assertEquals("She says she works calmly at home.", gloss("Ze zegt dat ze thuis rustig werkt.").english());
  }

  @Test
  void aPrepositionalPhraseAndAnAdverbPhraseAreMirroredPastTheObject() {
    // the object already after the verb is passed over; nog wat verder is one phrase
    assertEquals("The ministers have tightened their tone a little further at their summit in Vienna.",
        gloss("De ministers hebben op hun top in Wenen hun toon nog wat verder verscherpt.").english());
  }

  @Test
  void aCountOfTimesIsAnAdverbialToo() {
    // the perfect with zijn after a prepositional phrase the analysis first took for the predicate
    assertEquals("The committee has met already four times since the autumn of 2015.",
        gloss("De commissie is sinds de herfst van 2015 al vier keer bijeengekomen.").english());
  }

  @Test
  void oneAdverbAloneStays() {
    GlossLine line = gloss("Ik weet dat hij snel liep.");
    assertEquals("I know he walked fast.", line.english());
    assertNotEquals(RULE, token(line, "snel").moved());
  }

  @Test
  void focusParticlesAndNegationKeepTheirPlace() {
    // wel bears on the clause, niet goes with do-support or the auxiliary: no mirror
    GlossLine wel = gloss("Ik denk dat hij morgen wel komt.");
    assertNotEquals(RULE, token(wel, "morgen").moved());
    GlossLine niet = gloss("Hij heeft het niet snel gedaan.");
    assertNotEquals(RULE, token(niet, "snel").moved());
    assertTrue(niet.english().contains("not"), niet.english());
  }

  @Test
  void aRangeFromVanToTotIsNotTurnedRound() {
    GlossLine line = gloss("Ze zegt dat de prijzen van maand tot maand sterk stegen.");
    assertTrue(line.english().lastIndexOf("month") < line.english().indexOf("strongly"), line.english());
    assertNotEquals(RULE, token(line, "tot").moved());
  }
}
