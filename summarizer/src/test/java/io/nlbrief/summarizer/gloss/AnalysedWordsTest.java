package io.nlbrief.summarizer.gloss;

import static io.nlbrief.summarizer.gloss.Glossed.gloss;
import static io.nlbrief.summarizer.gloss.Glossed.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Words the tagger misreads and the parser's analysis reads right, rendered as the analysis says,
 * and zijn as its for a thing, on sentences written for these tests (no seed or dev text).
 */
class AnalysedWordsTest {
  @Test
  void aVerbTheTaggerTookForANounOrAnAdjectiveIsGlossedAsTheVerb() {
    assertTrue(gloss("De prijzen stegen vorig jaar sterk.").english().startsWith("The prices rose"));
    assertTrue(gloss("De deur sloot met een klap.").english().startsWith("The door closed"));
    assertTrue(gloss("Wij zagen de zon boven de zee.").english().startsWith("We saw the sun"));
  }

  @Test
  void aNounTheTaggerTookForAVerbIsGlossedAsTheNoun() {
    assertTrue(gloss("In sommige wijken viel de stroom uit.").english().startsWith("In some districts"));
    assertEquals("plans", token(gloss("Haar plannen voor de zomer zijn bekend."), "plannen").english());
  }

  @Test
  void zijnAndHaarAreWhatTheAnalysisSays() {
    assertTrue(gloss("Haar plannen voor de zomer zijn bekend.").english().startsWith("Her plans"));
    assertEquals("are", token(gloss("Ze zijn vastbesloten om te winnen."), "zijn").english());
    assertEquals("his", token(gloss("Hij sprak met zijn nieuwe buren."), "zijn").english());
  }

  @Test
  void zijnIsItsWhenTheSubjectIsAThing() {
    assertEquals("The company raised its prices.", gloss("Het bedrijf verhoogde zijn prijzen.").english());
    assertEquals("its", token(gloss("Nederland verdedigt zijn belangen in Brussel."), "zijn").english());
  }

  @Test
  void zijnStaysHisForAPersonOrWhenAPersonStandsBefore() {
    assertEquals("his", token(gloss("De burgemeester verdedigt zijn plan."), "zijn").english());
    assertEquals("his", token(gloss("Jansen zegt dat de partij zijn steun heeft."), "zijn").english());
  }

  @Test
  void anAdverbTheTaggerTookForAnAdjectiveTakesTheAdverbsEntry() {
    assertTrue(gloss("Alleen de kinderen bleven thuis.").english().startsWith("Only the children"));
    assertTrue(gloss("Zij had drie euro, alleen genoeg voor koffie.").english().contains("only enough"));
    assertTrue(gloss("Hij woont sinds vorig jaar alleen.").english().endsWith("alone."), "a predicate at the end stays the adjective");
  }
}
